import weakref, gc
class Obj:
    def __init__(self, n): self.n = n
events = []
def make_cb(tag):
    def cb(ref):
        events.append((tag, ref() is None))
    return cb
o = Obj(1)
r1 = weakref.ref(o, make_cb("r1"))
r2 = weakref.ref(o, make_cb("r2"))
r3 = weakref.ref(o)
print(weakref.getweakrefcount(o))
del o
print(events)
events.clear()
a = Obj(2); b = Obj(3)
a.b = b; b.a = a
ra = weakref.ref(a, make_cb("ra"))
rb = weakref.ref(b, make_cb("rb"))
del a, b
print(events)
gc.collect()
print(sorted(events))
events.clear()
o = Obj(4)
r = weakref.ref(o, make_cb("dropped"))
del r
del o
print(events)
o = Obj(5)
def raising(ref):
    raise ValueError("in callback")
r = weakref.ref(o, raising)
del o
print("survived", r())
c = Obj(6)
cr = weakref.ref(c)
print(cr == weakref.ref(c), cr != weakref.ref(c))
del c
print(cr == cr, cr() is None)
d1 = Obj(7)
print(repr(weakref.ref(d1)).startswith("<weakref at"))
print(weakref.ref(d1).__callback__)
