# type.__subclasses__(): direct subclasses, in creation order, weakly held.
import gc


class A:
    pass


class B(A):
    pass


class C(A):
    pass


class D(B, C):
    pass


print(A.__subclasses__())
print(B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print([k.__name__ for k in A.__subclasses__()])


def make():
    class Temp(A):
        pass
    return Temp


t = make()
print([k.__name__ for k in A.__subclasses__()])
del t
gc.collect()
print([k.__name__ for k in A.__subclasses__()])


class Base:
    registry = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Base.registry.append(cls.__name__)


class P1(Base):
    pass


class P2(Base):
    pass


class P3(P1):
    pass


print(Base.registry, [c.__name__ for c in Base.__subclasses__()])


def all_subclasses(cls):
    out = []
    for s in cls.__subclasses__():
        out.append(s.__name__)
        out.extend(all_subclasses(s))
    return out


print(all_subclasses(Base))
print(type(A.__subclasses__()), A.__subclasses__() is A.__subclasses__())


class Exc(ValueError):
    pass


print(Exc in ValueError.__subclasses__())
