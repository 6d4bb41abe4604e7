class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print(e)
class M3(M1): pass
class D(A, metaclass=M3): pass
print(type(D).__name__)
class E(D): pass
print(type(E).__name__)
class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Reg.registry.append(name)
class Plugin(metaclass=Reg): pass
class P1(Plugin): pass
class P2(Plugin): pass
print(Reg.registry)
class Singleton(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self): print("init once")
print(One() is One())
class AttrMeta(type):
    def __new__(mcs, name, bases, ns):
        ns = {k.upper() if not k.startswith("__") else k: v for k, v in ns.items()}
        return super().__new__(mcs, name, bases, ns)
class Up(metaclass=AttrMeta):
    x = 1
    def meth(self): return "m"
print(Up.X, Up().METH(), hasattr(Up, "x"))
def func_meta(name, bases, ns):
    ns["made_by"] = "func"
    return type(name, bases, ns)
class FM(metaclass=func_meta): pass
print(FM.made_by, type(FM).__name__)
class WithSlots:
    __slots__ = ("a", "__weakref__")
import weakref
ws = WithSlots()
r = weakref.ref(ws)
print(r() is ws)
class NoWeak:
    __slots__ = ("a",)
try:
    weakref.ref(NoWeak())
except TypeError as e:
    print(e)
class Kw:
    def __init_subclass__(cls, **kwargs):
        print("kwargs", sorted(kwargs))
        super().__init_subclass__()
class Kw2(Kw, a=1, b=2): pass
class Base:
    def __init_subclass__(cls):
        cls.sub_name = cls.__name__.lower()
class Child(Base): pass
print(Child.sub_name, hasattr(Base, "sub_name"))
class T:
    def __repr__(self): return "T()"
t = T()
print(type(t).__repr__(t), T.__repr__ is T.__dict__["__repr__"])
print(T.__init__ is object.__init__, T.__str__ is object.__str__)
class Ov:
    def __eq__(self, o): return True
print(Ov.__hash__ is None, Ov.__ne__ is object.__ne__)
print(object.__eq__(1, 1), object.__eq__(1, 2), object().__eq__(3))
print(int.__add__(1, 2), str.__len__("abc"), list.__getitem__([1, 2], 1))
print((1).__add__(2), "a".__add__("b"), [1].__len__(), (3).__class__)
class NInt:
    def __init__(self, v): self.v = v
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "radd"
print(5 + NInt(1), NInt(1) + 5 if False else "skip")
try:
    NInt(1) + NInt(2)
except TypeError as e:
    print(e)
print(type("X", (), {})().__class__.__name__)
X = type("X", (object,), {"__slots__": ("q",)})
x = X(); x.q = 1; print(x.q)
try:
    type("Y", (1,), {})
except TypeError as e:
    print(e)
try:
    type("Z")
except TypeError as e:
    print(e)
print(type(1) == int, type(type) is type, isinstance(type, type), isinstance(object, type), issubclass(type, object))
class Abstract:
    def method(self):
        raise NotImplementedError("subclass must implement")
try:
    Abstract().method()
except NotImplementedError as e:
    print(e)
class Count:
    __slots__ = ()
    def __len__(self): return 2
print(len(Count()), bool(Count()))
print(vars(Child).get("sub_name"), Child.__dict__["sub_name"])
print(Child.__module__, Child.__qualname__, Child.__doc__)
class Docd:
    """Doc here."""
print(Docd.__doc__, Docd().__doc__)
