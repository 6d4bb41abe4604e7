class Desc:
    def __set_name__(self, owner, name):
        raise ValueError("bad name")
try:
    class C:
        x = Desc()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
try:
    class C2(object, x=1): pass
except TypeError as e:
    print(e)
try:
    class S:
        __slots__ = ("x",)
        x = 5
except ValueError as e:
    print(e)
class A:
    __slots__ = ("a",)
class B:
    __slots__ = ("b",)
try:
    class AB(A, B): pass
except TypeError as e:
    print(e)
class P:
    x = property()
try:
    P().x
except AttributeError as e:
    print(e)
try:
    P().x = 1
except AttributeError as e:
    print(e)
class P2:
    def getx(self): return 1
    x = property(getx, doc="explicit doc")
print(P2.x.__doc__, P2().x)
class MyProp:
    def __init__(self, f): self.f = f
    def __get__(self, o, t): return self.f(o)
class P3:
    @MyProp
    def v(self): return "myprop"
print(P3().v, type(P3.v).__name__)
def deco(cls):
    cls.added = "yes"
    return cls
@deco
class Decorated: pass
print(Decorated.added)
class Base:
    def __init__(self, **kw):
        print("Base init", kw)
class Left(Base):
    def __init__(self, l=None, **kw):
        print("Left", l)
        super().__init__(**kw)
class Right(Base):
    def __init__(self, r=None, **kw):
        print("Right", r)
        super().__init__(**kw)
class Both(Left, Right):
    def __init__(self, **kw):
        super().__init__(**kw)
Both(l=1, r=2, extra=3)
class Sup:
    def m(self):
        def inner():
            return super().m()
        return inner()
class Sup2(Sup): pass
try:
    Sup2().m()
except RuntimeError as e:
    print(e)
class Sup3:
    @staticmethod
    def s():
        return super().s()
try:
    Sup3.s()
except RuntimeError as e:
    print(e)
class MetaGA(type):
    def __getattr__(cls, name):
        return f"meta:{name}"
class WithMeta(metaclass=MetaGA):
    real = 1
print(WithMeta.real, WithMeta.fake)
class Cnt:
    instances = 0
    def __init__(self):
        type(self).instances += 1
Cnt(); Cnt()
print(Cnt.instances)
class Chain:
    def __init__(self): self.items = []
    def add(self, x):
        self.items.append(x)
        return self
print(Chain().add(1).add(2).items)
class Str:
    def __str__(self): return "S"
    def __repr__(self): return "R"
print(Str(), [Str()], f"{Str()!r} {Str()!s}", "%s %r" % (Str(), Str()))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        return self.v == getattr(o, "v", o)
print(Eq(1) == 1, 1 == Eq(1), Eq(1) in [1, 2], [1].index(Eq(1)), [Eq(2)].count(2))
print(Eq(1) != 1)
class CmpAll:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"C{self.v}"
print(max([CmpAll(3), CmpAll(5), CmpAll(1)]), min(CmpAll(3), CmpAll(2)))
try:
    CmpAll(1) <= CmpAll(2)
except TypeError as e:
    print(e)
class Cont:
    def __iter__(self): return iter([1, 2, 3])
print(2 in Cont(), 5 in Cont())
class IterNext:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 2: raise StopIteration
        return self.i
print(list(IterNext()), [x for x in IterNext()], sum(IterNext()), *IterNext())
a, b = IterNext()
print(a, b)
class Sized:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError(i)
print(list(reversed(Sized())))
class DelItem:
    def __delitem__(self, k): print("delitem", k)
d = DelItem()
del d[1:2], d["a"]
class SetAttrCount:
    def __init__(self):
        object.__setattr__(self, "count", 0)
    def __setattr__(self, k, v):
        object.__setattr__(self, "count", self.count + 1)
        object.__setattr__(self, k, v)
s = SetAttrCount(); s.a = 1; s.b = 2
print(s.count, s.a)
class GA:
    def __getattribute__(self, n):
        if n == "boom": raise AttributeError("custom boom")
        return object.__getattribute__(self, n)
    def __getattr__(self, n): return "fallback " + n
print(GA().boom)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = Slotted()
print(hasattr(s, "a"), hasattr(s, "b"), type(Slotted.a).__name__)
print(Slotted.a.__name__, Slotted.__dict__.get("__dict__"))
class Class:
    @classmethod
    def cm(cls, x): return (cls.__name__, x)
    @property
    def p(self): return self.cm(1)
class Sub(Class): pass
print(Sub().p, Sub.cm(2), Class.cm.__self__ is Class)
class WithCall:
    @staticmethod
    def __call__(x): return x
print(WithCall()(9))
print(type.__name__, type(object), object.__class__, int.__mro__)
print(Class.__dict__["cm"].__class__.__name__, Class.p.__get__(Class()), Class.p.__get__(None, Class) is Class.p)
pr = Class.__dict__["p"]
class WithP:
    def __init__(self): self._x = 0
    def gx(self): return self._x
    def sx(self, v): self._x = v
    x = property(gx, sx)
w = WithP()
WithP.x.__set__(w, 5)
print(WithP.x.__get__(w, WithP), w.x)
try:
    WithP.x.__delete__(w)
except AttributeError as e:
    print(e)
print(Class.__dict__["cm"].__get__(None, Sub)(3))
sm = staticmethod(len)
print(sm.__get__(None, Class)("abc"), callable(sm))
