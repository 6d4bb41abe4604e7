class LogDict(dict):
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            print("define", k)
        super().__setitem__(k, v)
class LM(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return LogDict()
    def __new__(mcs, name, bases, ns, **kw):
        print("ns type", type(ns).__name__)
        return super().__new__(mcs, name, bases, dict(ns))
class K(metaclass=LM):
    a = 1
    def m(self): pass
    b = a + 1
print(K.b)
class Order:
    def __set_name__(self, owner, name):
        print("set_name", name, hasattr(owner, "hook_ran"))
class Parent:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
        cls.hook_ran = True
class Child(Parent):
    o1 = Order()
    o2 = Order()
class Q:
    __qualname__ = "Custom.Q"
    __module__ = "mymod"
print(Q.__qualname__, Q.__module__, repr(Q))
l = [1]; l.append(l); print(l)
d = {"a": 1}; d["self"] = d; print(d)
t = ([],); t[0].append(t); print(t)
class R:
    def __repr__(self): return f"R({self.items})"
r = R(); r.items = [r] if False else [1]; print(r)
class CallMeta(type):
    def __call__(cls, *args):
        print("creating", cls.__name__, args)
        inst = cls.__new__(cls)
        inst.__init__(*args)
        return inst
class Made(metaclass=CallMeta):
    def __init__(self, x): self.x = x
print(Made(3).x)
class AutoProp(type):
    def __new__(mcs, name, bases, ns):
        for k in [k for k in ns if k.startswith("get_")]:
            ns[k[4:]] = property(ns[k])
        return super().__new__(mcs, name, bases, ns)
class Pt(metaclass=AutoProp):
    def __init__(self): self._x = 4
    def get_x(self): return self._x
print(Pt().x)
class Base:
    registry = {}
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        if key: Base.registry[key] = cls
class Im(Base, key="img"): pass
class Tx(Base, key="txt"): pass
print({k: v.__name__ for k, v in Base.registry.items()})
class MetaWithAttr(type):
    meta_attr = "from meta"
    def meta_method(cls): return "mm " + cls.__name__
class WM(metaclass=MetaWithAttr): pass
print(WM.meta_attr, WM.meta_method())
try:
    WM().meta_attr
except AttributeError as e:
    print(e)
print(isinstance(WM, MetaWithAttr), type(WM).__mro__[1].__name__)
class Abs:
    import abc
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
try:
    Shape()
except TypeError as e:
    print(e)
class Sq(Shape):
    def area(self): return 4
    @property
    def name(self): return "sq"
print(Sq().area(), Sq().name, isinstance(Sq(), Shape))
class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)
class AutoNS(dict):
    def __missing__(self, key):
        if key.startswith("auto_"):
            return key[5:].upper()
        raise KeyError(key)
class AM(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return AutoNS()
class Auto(metaclass=AM):
    val = auto_hello
    length = len("abc")
print(Auto.val, Auto.length)
ns = AutoNS(x=1)
exec("y = auto_zz + str(x)", {}, ns)
print(ns)
