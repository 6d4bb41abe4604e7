class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    @staticmethod
    def s(): return "B>" + super(B, B).s()
    @property
    def p(self): return "B>" + super().p
class C(B):
    def f(self): return "C>" + super(B, self).f()
print(B().f(), B.c(), B.s(), B().p, C().f(), C.c())
sup = super(B, B())
print(sup.f(), super(B, B).c(), super(A, B()).__class__.__name__)
print(super(B, C).f(C()))
try:
    super(B, A()).f()
except TypeError as e:
    print(e)
class D:
    def meth(self):
        return __class__.__name__
class E(D): pass
print(E().meth())
class X:
    def __init__(self, v): self.v = v
class Y(X):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w
y = Y(1, 2); print(y.v, y.w)
class Z(Y):
    def __init__(self):
        super(Y, self).__init__("direct")
print(Z().v, hasattr(Z(), "w"))
class Proper:
    def __init__(self): self._x = 0
    @property
    def x(self):
        "x doc"
        return self._x
    @x.setter
    def x(self, v): self._x = v * 10
class SubProper(Proper):
    @Proper.x.setter
    def x(self, v): self._x = -v
sp = SubProper(); sp.x = 3; print(sp.x, SubProper.x.__doc__)
pp = Proper(); pp.x = 3; print(pp.x)
p1 = property(lambda s: 1)
p2 = p1.setter(lambda s, v: None)
print(p1 is not p2, p1.fset, p2.fset is not None, p2.fget is p1.fget)
class Sw:
    pass
class Sw2:
    def hello(self): return "sw2"
o = Sw(); o.__class__ = Sw2; print(o.hello(), type(o).__name__)
try:
    o.__class__ = int
except TypeError as e:
    print(e)
class Cnt:
    n = 0
    def __init_subclass__(cls):
        super().__init_subclass__()
        Cnt.n += 1
class C1(Cnt): pass
class C2(C1): pass
print(Cnt.n, type(Cnt.__dict__["__init_subclass__"]).__name__)
class Mixin:
    def hello(self): return "mixin+" + super().hello()
class Base:
    def hello(self): return "base"
class Final(Mixin, Base): pass
print(Final().hello(), [k.__name__ for k in Final.__mro__])
class Diamond0:
    def who(self): return ["D0"]
class DL(Diamond0):
    def who(self): return ["DL"] + super().who()
class DR(Diamond0):
    def who(self): return ["DR"] + super().who()
class DB(DL, DR):
    def who(self): return ["DB"] + super().who()
print(DB().who())
class Gp:
    def __repr__(self): return "Gp"
    def show(self): return repr(super())[:14]
print(Gp().show())
