def outer():
    def inner():
        raise KeyError("deep")
    inner()
try:
    outer()
finally:
    print("cleanup")
