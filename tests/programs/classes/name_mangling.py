class A:
    __cls_private = "cp"
    def __init__(self):
        self.__x = 1
        self._y = 2
    def get(self): return self.__x, A.__cls_private, self.__class__.__name__
    def __m(self): return "private method"
    def call(self): return self.__m()
    def __dunder__(self): return "not mangled"
a = A()
print(a.get(), a.call(), a._A__x, sorted(vars(a)), a.__dunder__())
try:
    a.__x
except AttributeError as e:
    print(e)
class B(A):
    def __init__(self):
        super().__init__()
        self.__x = 10
b = B()
print(sorted(vars(b)), b.get())
class C:
    def f(self):
        __local = 5
        return __local, [__local for _ in range(1)]
    def g(self, __arg=3): return __arg
    def h(self):
        return getattr(self, "__hidden", "no mangle in getattr")
print(C().f(), C().g(), C().g(_C__arg=4) if False else "", C().h())
class _Under:
    def m(self):
        self.__v = 1
        return sorted(vars(self))
print(_Under().m())
class __Dbl:
    def m(self):
        self.__v = 1
        return sorted(vars(self))
print(__Dbl().m())
class Outer:
    class __Inner:
        pass
    def make(self): return self.__Inner.__name__
print(Outer().make(), hasattr(Outer, "_Outer__Inner"))
class S:
    __slots__ = ("__p",)
    def __init__(self): self.__p = 1
    def get(self): return self.__p
print(S().get(), S.__slots__, [n for n in dir(S) if "p" in n and n.startswith("_S")])
def outer_fn():
    class Q:
        __name_in_class = 1
        def m(self): return self.__name_in_class
    return Q().m()
print(outer_fn())
import sys
class Mod:
    def m(self):
        import math as __m
        return __m.floor(1.5)
print(Mod().m())
class Kw:
    def m(self, **kw): return kw
    def n(self): return self.m(__key=1)
print(Kw().n())
