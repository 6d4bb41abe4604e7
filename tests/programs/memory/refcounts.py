# sys.getrefcount after binding, rebinding, containers, calls and del.
import sys

x = object()
print(sys.getrefcount(x))
y = x
print(sys.getrefcount(x))
l = [x, x, x]
print(sys.getrefcount(x))
d = {"a": x}
print(sys.getrefcount(x))
del y
print(sys.getrefcount(x))
l.clear()
print(sys.getrefcount(x))
d.pop("a")
print(sys.getrefcount(x))

def f(a):
    return sys.getrefcount(a)

print(f(x))

class C:
    pass

c = C()
print(sys.getrefcount(c))
c.me = c
print(sys.getrefcount(c))
del c.me
print(sys.getrefcount(c))
t = (c,)
print(sys.getrefcount(c))
