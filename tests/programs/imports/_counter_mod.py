print("executing _counter_mod")
value = 1
def get():
    return value
