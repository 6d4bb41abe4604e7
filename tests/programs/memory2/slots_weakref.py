import weakref
class NoWR:
    __slots__ = ("a",)
try:
    weakref.ref(NoWR())
except TypeError as e:
    print(e)
class WithWR:
    __slots__ = ("a", "__weakref__")
w = WithWR()
r = weakref.ref(w)
print(r() is w)
class Plain: pass
p = Plain()
print(p.__weakref__)
r = weakref.ref(p)
print(p.__weakref__ is r)
print(hasattr(NoWR(), "__weakref__"))
print("__weakref__" in Plain.__dict__)
class Sub(NoWR): pass
print(weakref.ref(Sub())() is None)
class SubSlots(NoWR):
    __slots__ = ()
try:
    weakref.ref(SubSlots())
except TypeError as e:
    print(e)
try:
    class Bad:
        __slots__ = ("__weakref__", "__weakref__")
except TypeError as e:
    print(e)
class Child(WithWR):
    __slots__ = ("__weakref__",)
