x = 1
def boom():
    return 1 / 0
boom()
