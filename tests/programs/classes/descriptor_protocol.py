class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class P:
    x = Typed()
    y = Typed()
p = P()
p.x = 3
print(p.x, p.y, type(P.x).__name__)
try:
    p.y = "s"
except TypeError as e:
    print(e)
del p.x
print(p.x)

class NonData:
    def __get__(self, obj, t):
        return "nondata"
class Q:
    a = NonData()
q = Q()
print(q.a)
q.__dict__["a"] = "instance"
print(q.a)

class DataOnlySet:
    def __set__(self, obj, v):
        print("set called", v)
class R:
    a = DataOnlySet()
r = R()
r.a = 1
print(type(r.a).__name__)
r.__dict__["a"] = 7
print(r.a)

class Prop:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val):
        print("setting", val)
        self._v = val
    @v.deleter
    def v(self):
        print("deleting")
        del self._v
    ro = property(lambda self: "readonly")
o = Prop()
o.v = 5
print(o.v)
del o.v
try:
    o.v
except AttributeError as e:
    print(e)
try:
    o.ro = 1
except AttributeError as e:
    print(e)
try:
    del o.ro
except AttributeError as e:
    print(e)
print(Prop.v.__doc__, Prop.v.fget.__name__, Prop.ro.fset)
print(isinstance(Prop.v, property))

class Base:
    @property
    def name(self): return "base"
class Derived(Base):
    @Base.name.getter
    def name(self): return "derived:" + super().name
print(Derived().name)

class Meth:
    def f(self): return self
    @classmethod
    def c(cls): return cls.__name__
    @staticmethod
    def s(x): return x * 2
m = Meth()
print(m.f() is m, Meth.c(), m.c(), Meth.s(2), m.s(3))
bm = m.f
print(bm.__self__ is m, bm.__func__ is Meth.f, bm == m.f)
print(Meth.__dict__["c"].__func__.__name__, type(Meth.__dict__["s"]).__name__)

class Fn:
    def __get__(self, obj, cls):
        return lambda: ("bound to", type(obj).__name__, cls.__name__)
class UsesFn:
    m = Fn()
print(UsesFn().m())
print(UsesFn.m())

class Counter:
    count = 0
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        Counter.count += 1
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class S1(Counter, tag="one"): pass
class S2(S1): pass
print(Counter.count, S1.tag, S2.tag)
try:
    class S3(object, bogus=1): pass
except TypeError as e:
    print(e)
