import sys
class Obj: pass
o = Obj()
base = sys.getrefcount(o)
print(base)
containers = [[o], (o,), {o}, {"k": o}, {o: 1}, frozenset([o])]
print(sys.getrefcount(o) - base)
containers.clear()
print(sys.getrefcount(o) - base)
l = [o] * 10
print(sys.getrefcount(o) - base)
l2 = l[:]
print(sys.getrefcount(o) - base)
del l[:5]
print(sys.getrefcount(o) - base)
l.extend(l2)
print(sys.getrefcount(o) - base)
del l, l2
print(sys.getrefcount(o) - base)
d = dict.fromkeys(range(5), o)
print(sys.getrefcount(o) - base)
d.update({10: o})
print(sys.getrefcount(o) - base)
d.popitem()
print(sys.getrefcount(o) - base)
d.clear()
print(sys.getrefcount(o) - base)
t = tuple([o, o, o])
print(sys.getrefcount(o) - base)
del t
it = iter([o, o])
print(sys.getrefcount(o) - base)
next(it)
print(sys.getrefcount(o) - base)
del it
e = list(enumerate([o]))
print(sys.getrefcount(o) - base)
del e
z = list(zip([o], [o]))
print(sys.getrefcount(o) - base)
del z
m = {"a": [o, {"b": o}]}
print(sys.getrefcount(o) - base)
del m
print(sys.getrefcount(o) - base)
s = set()
s.add(o); s.add(o)
print(sys.getrefcount(o) - base)
s.discard(o)
print(sys.getrefcount(o) - base)
