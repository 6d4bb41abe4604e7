class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def __instancecheck__(cls, inst):
        return True
    def __subclasscheck__(cls, sub):
        return sub is int
class A(metaclass=Meta, flag=1):
    def foo(self): pass
a = A()
print(isinstance(3, A), issubclass(int, A), issubclass(str, A))
print(type(A), type(type), type(object))
class Base:
    subs = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.subs.append(cls.__name__)
class S1(Base, tag="one"): pass
class S2(S1): pass
print(Base.subs, S1.tag, S2.tag)
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "unset")
class Host:
    attr = Named()
    other = Named()
h = Host(); print(h.attr, Host.attr.name)
class CG:
    def __class_getitem__(cls, item):
        return f"CG[{item}]"
print(CG[int], CG[1, 2])
class X: pass
class Y: pass
x = X()
x.__class__ = Y
print(type(x).__name__)
try:
    x.__class__ = int
except TypeError as e: print(e)
class Slotted:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = 1
s = Slotted()
print(s.a, hasattr(s, 'b'), hasattr(s, '__dict__'))
try: s.b
except AttributeError as e: print(e)
try: s.c = 1
except AttributeError as e: print(e)
print(type(Slotted.a).__name__)
class SlotChild(Slotted):
    pass
sc = SlotChild(); sc.c = 5; print(sc.c, sc.__dict__)
class GA:
    def __getattribute__(self, name):
        if name == "magic": return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f"fallback:{name}"
g = GA(); g.real = 1
print(g.magic, g.real, g.missing)
class SA:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        print("delattr", name)
        super().__delattr__(name)
sa = SA(); sa.v = "x"; print(sa.v); del sa.v
print(vars(sa))
class Prep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 7}
class WithPrep(metaclass=Prep):
    pass
print(WithPrep.injected)
def deco(cls):
    cls.decorated = True
    return cls
@deco
class Dc: pass
print(Dc.decorated)
class Abstractish:
    def area(self): raise NotImplementedError("subclass must implement")
try: Abstractish().area()
except NotImplementedError as e: print(e)
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1), Ord(2)]), max(Ord(1), Ord(5)), Ord(1) > Ord(0))
try: Ord(1) <= Ord(2)
except TypeError as e: print(e)
print(Ord(1) == Ord(1), Ord(1) != Ord(1))
class MRO_A: 
    def who(self): return "A"
class MRO_B(MRO_A):
    def who(self): return "B" + super().who()
class MRO_C(MRO_A):
    def who(self): return "C" + super().who()
class MRO_D(MRO_B, MRO_C):
    def who(self): return "D" + super().who()
print(MRO_D().who(), [k.__name__ for k in MRO_D.mro()])
print(super(MRO_B, MRO_D()).who())
class Desc:
    def __get__(self, obj, owner): return ("get", obj is None, owner.__name__)
    def __set__(self, obj, v): print("set", v)
    def __delete__(self, obj): print("delete")
class UsesDesc:
    d = Desc()
u = UsesDesc(); print(u.d, UsesDesc.d); u.d = 3; del u.d
u.__dict__['d'] = 'inst'; print(u.d)
class NonData:
    def __get__(self, obj, owner): return "nondata"
class UsesND:
    n = NonData()
un = UsesND(); print(un.n); un.__dict__['n'] = 'inst'; print(un.n)
