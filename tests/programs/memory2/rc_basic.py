import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
c = [a, a]
print(sys.getrefcount(a))
d = {1: a, 2: a}
print(sys.getrefcount(a))
t = (a,)
print(sys.getrefcount(a))
s = {"k": a}
del b
print(sys.getrefcount(a))
c.pop()
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
d.clear()
print(sys.getrefcount(a))
del t, s
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
def g(x):
    y = x
    return sys.getrefcount(x)
print(g(a))
def h(*args):
    return sys.getrefcount(args[0])
print(h(a))
def k(**kw):
    return sys.getrefcount(kw['x'])
print(k(x=a))
class C:
    def m(self):
        return sys.getrefcount(self)
    @staticmethod
    def s(x):
        return sys.getrefcount(x)
o = C()
print(sys.getrefcount(o))
print(o.m())
print(C.s(o))
bm = o.m
print(sys.getrefcount(o))
del bm
print(sys.getrefcount(o))
print(sys.getrefcount(C))
print(sys.getrefcount(None) > 1000)
print(sys.getrefcount(1) > 1000)
print(sys.getrefcount(12345678901))
x = 12345678901
print(sys.getrefcount(x))
print(sys.getrefcount(object()))
print(sys.getrefcount([]))
l2 = [object() for _ in range(3)]
print([sys.getrefcount(e) for e in l2])
for e in l2:
    print(sys.getrefcount(e))
del e
print(sys.getrefcount(l2[0]))
