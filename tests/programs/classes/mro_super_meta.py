class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(D.mro() == list(D.__mro__))
class X: pass
class Y: pass
class Z(X, Y): pass
try:
    class W(Y, Z): pass
except TypeError as e:
    print(e)
try:
    class W2(A, B): pass
except TypeError as e:
    print(e)
try:
    class Dup(A, A): pass
except TypeError as e:
    print(e)
print(issubclass(D, A), issubclass(D, (int, C)), isinstance(D(), B))
print(D.__bases__ == (B, C), A.__bases__, object.__bases__)

class K:
    @classmethod
    def make(cls): return cls.__name__
class K2(K):
    @classmethod
    def make(cls): return "K2>" + super().make()
print(K2.make(), K2().make())

class PBase:
    @property
    def p(self): return "pb"
class PD(PBase):
    @property
    def p(self): return "pd+" + super().p
print(PD().p)

class SupNew:
    def __new__(cls, *a):
        print("new", cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("init", a)
class SN2(SupNew):
    def __init__(self, x):
        super().__init__(x, "extra")
SN2(1)

class Sm:
    @staticmethod
    def st(): return "st"
class Sm2(Sm):
    def f(self): return super().st()
print(Sm2().f())
print(super(D, D()).who())
print(super(B, D()).who())
try:
    super(int, "x")
except TypeError as e:
    print(e)

def outside():
    try:
        super().x
    except RuntimeError as e:
        print(e)
outside()

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.registered = True
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def hello(cls): return "hello from " + cls.__name__
class M(metaclass=Meta, flag=1):
    a = 1
    def m(self): pass
    def __init__(self, v): self.v = v
m = M(5)
print(m.v, M.registered, type(M).__name__, M.hello())
class M2(M): pass
print(type(M2) is Meta)
T = type("T", (A,), {"z": 3, "who": lambda self: "T"})
print(T().z, T().who(), T.__name__, T.__mro__[1].__name__)
print(type(3), type(type), type(Meta))
class Meta2(type):
    pass
try:
    class Bad(M, metaclass=Meta2): pass
except TypeError as e:
    print(e)
class Pre(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        print("prepare", name)
        return {"injected": 1}
class UP(metaclass=Pre): pass
print(UP.injected)
