import sys
class Obj:
    def method(self):
        return sys.getrefcount(self)
    def chain(self):
        return self.method()
o = Obj()
print(sys.getrefcount(o))
print(o.method())
print(o.chain())
print(Obj.method(o))
def f(a, b=None):
    return sys.getrefcount(a)
print(f(o), f(o, o), f(a=o))
def g(*args, **kwargs):
    return sys.getrefcount(args[0]) if args else sys.getrefcount(kwargs["x"])
print(g(o), g(x=o))
lam = lambda x: sys.getrefcount(x)
print(lam(o))
def nested(x):
    def inner():
        return sys.getrefcount(x)
    return inner()
print(nested(o))
def gen(x):
    yield sys.getrefcount(x)
print(next(gen(o)))

print([sys.getrefcount(o) for _ in range(1)])
def recurse(x, n):
    if n == 0:
        return sys.getrefcount(x)
    return recurse(x, n - 1)
print(recurse(o, 3))
class WithInit:
    def __init__(self, ref):
        self.ref = ref
w = WithInit(o)
print(sys.getrefcount(o))
del w
print(sys.getrefcount(o))
print(sys.getrefcount(o))
