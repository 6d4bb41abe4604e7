import weakref, gc
class Obj:
    pass
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)
    def __call__(self):
        self.called = True
        return super().__call__()
o = Obj()
mr = MyRef(o, value=24)
print(mr() is o, mr.called, mr.value)
print(isinstance(mr, weakref.ref), type(mr).__name__)
print(weakref.getweakrefcount(o))
r = weakref.ref(o)
print(r is mr, weakref.getweakrefcount(o))
def cb(w):
    print("callback", type(w).__name__, w.value)
mr2 = MyRef(o, cb, value=7)
print(weakref.getweakrefcount(o))
del o
print(mr(), mr2())
class Plain(weakref.ref):
    pass
o2 = Obj()
p = Plain(o2)
p.extra = "x"
print(p() is o2, p.extra, p == weakref.ref(o2), hash(p) == hash(weakref.ref(o2)))
try:
    Plain()
except TypeError as e:
    print(e)
try:
    weakref.ref(o2, None, 1)
except TypeError as e:
    print(e)
