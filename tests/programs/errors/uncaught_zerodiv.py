# Pins an uncaught ZeroDivisionError raised three calls deep: output before it, traceback, exit status 1.
def inner(x):
    return x / 0
def middle(x):
    return inner(x) + 1
def outer(x):
    print("outer called with", x)
    return middle(x)
print("start")
outer(5)
print("never printed")
