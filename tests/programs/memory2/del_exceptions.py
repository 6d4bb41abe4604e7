import sys
class Noisy:  # its error report goes to stderr
    def __del__(self):
        print("del Noisy")
        raise ValueError("in __del__")
n = Noisy()
del n
print("continues")
class Order:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def f():
    o = Order(1)
    raise RuntimeError("boom")
try:
    f()
except RuntimeError:
    print("caught")
print("after except")
def g():
    o = Order(2)
    try:
        raise KeyError
    except KeyError:
        print("handled in g")
g()
print("after g")
