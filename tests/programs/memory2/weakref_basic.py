import weakref, gc, sys
class Obj:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"Obj({self.n})"
o = Obj(1)
r = weakref.ref(o)
print(r() is o, r().n)
print(weakref.getweakrefcount(o))
r2 = weakref.ref(o)
print(r is r2)
print(weakref.getweakrefcount(o))
def cb(ref):
    print("callback", ref is r3, ref())
r3 = weakref.ref(o, cb)
print(r3 is r)
print(weakref.getweakrefcount(o))
print(len(weakref.getweakrefs(o)))
del o
print(r(), r3())
print(weakref.getweakrefcount(r))
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
try:
    weakref.ref([])
except TypeError as e:
    print(e)
try:
    weakref.ref("s")
except TypeError as e:
    print(e)
try:
    weakref.ref(())
except TypeError as e:
    print(e)
try:
    weakref.ref({})
except TypeError as e:
    print(e)
a = Obj(2); b = Obj(2)
ra = weakref.ref(a); rb = weakref.ref(b)
print(ra == rb, ra == weakref.ref(a))
class E:
    def __eq__(self, other): return True
    def __hash__(self): return 7
e1 = E(); e2 = E()
print(weakref.ref(e1) == weakref.ref(e2))
print(hash(weakref.ref(e1)) == 7)
we = weakref.ref(e1)
del e1
print(we() is None)
try:
    hash(we)
    print("hash ok?")
except TypeError as ex:
    print("TypeError", ex)
h = weakref.ref(e2)
hv = hash(h)
del e2
print(hash(h) == hv)
print(type(r).__name__, weakref.ReferenceType is type(r))
print(weakref.ref.__name__)
class Sub(weakref.ref):
    pass
x = Obj(3)
s = Sub(x)
print(s() is x, type(s).__name__)
print(r.__callback__ is None, r3.__callback__)
def f(): pass
print(weakref.ref(f)() is f)
print(weakref.ref(Obj)() is Obj)
print(weakref.ref(set())() )
print(weakref.ref(frozenset()) is not None)
