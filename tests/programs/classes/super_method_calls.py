# super() method calls: plain functions (called without a bound method),
# and everything that must still bind or look up like getattr.
class A:
    x = 10

    def m(self, k):
        return ("A.m", type(self).__name__, k)

    @classmethod
    def c(cls, k):
        return ("A.c", cls.__name__, k)

    @staticmethod
    def s(k):
        return ("A.s", k)

    @property
    def p(self):
        return ("A.p", type(self).__name__)

    def __repr__(self):
        return "<" + type(self).__name__ + ">"


class B(A):
    def m(self, k):
        return ("B.m",) + super().m(k)

    @classmethod
    def c(cls, k):
        return ("B.c",) + super().c(k)

    def all(self):
        return [super().m(1), super().c(2), super().s(3), super().p, super().x,
                super().__repr__(), super().__class__.__name__]


class C(B):
    def m(self, k):
        return ("C.m",) + super().m(k)


c = C()
print(c.m(5))
print(C.c(6))
print(c.c(7))
print(c.all())
bm = super(C, c).m
print(type(bm).__name__, bm(8))
print(super(B, c).m(9))
print(super(A, c).__repr__ is not None)
try:
    super(C, c).nope()
except AttributeError as e:
    print("AttributeError:", e)


class D(A):
    def m(self, k):
        f = super().m
        return f(k) + (f.__self__ is self,)


print(D().m(1))
super(C, c).m(0)
super(C, c).zz()
