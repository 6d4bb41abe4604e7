import sys
def outer():
    v = []
    def inner():
        return v
    print(sys.getrefcount(v))
    return inner
fn = outer()
print(sys.getrefcount(fn()))
print(sys.getrefcount(fn))
print(sys.getrefcount(fn.__closure__[0].cell_contents))
def gen(x):
    yield sys.getrefcount(x)
    yield sys.getrefcount(x)
o = object()
g = gen(o)
print(sys.getrefcount(o))
print(next(g))
print(sys.getrefcount(o))
print(next(g))
del g
print(sys.getrefcount(o))
try:
    raise ValueError(o)
except ValueError as e:
    print(sys.getrefcount(o))
    print(sys.getrefcount(e))
print(sys.getrefcount(o))
lam = lambda: o
print(sys.getrefcount(o))
def defaults(a=o):
    pass
print(sys.getrefcount(o))
class K:
    attr = o
print(sys.getrefcount(o))
inst = K()
inst.x = o
print(sys.getrefcount(o))
del inst.x
print(sys.getrefcount(o))
st = {o}
print(sys.getrefcount(o))
fs = frozenset([o])
print(sys.getrefcount(o))
dk = {o: 1}
print(sys.getrefcount(o))
it = iter([o])
print(sys.getrefcount(o))
next(it)
print(sys.getrefcount(o))
del it
print(sys.getrefcount(o))
