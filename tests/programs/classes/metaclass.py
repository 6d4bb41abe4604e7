# Metaclasses: __new__, __init__, __call__, __prepare__, inheritance.
log = []

class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        log.append(("new", mcs.__name__, name, sorted(k for k in ns if not k.startswith("__")), kw))
        cls = super().__new__(mcs, name, bases, ns)
        cls.created_by = mcs.__name__
        return cls

    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kw):
        log.append(("call", cls.__name__, args))
        obj = super().__call__(*args, **kw)
        obj.via_meta = True
        return obj

    def describe(cls):
        return f"class {cls.__name__} made by {cls.created_by}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()

    greeting = "hello from Meta"


class A(metaclass=Meta):
    x = 1

    def __init__(self, v):
        self.v = v


print(type(A) is Meta, type(A).__name__, isinstance(A, Meta), isinstance(A, type))
a = A(5)
print(a.v, a.via_meta, type(a) is A)
print(A.describe(), A.upper_name, A.greeting)
try:
    a.describe
except AttributeError as e:
    print("AttributeError:", e)


class B(A):
    y = 2


print(type(B) is Meta, B.created_by, B(7).v)
for entry in log:
    print(entry)
log.clear()


class C(A, flag=True):
    pass


print(log)
log.clear()


# __prepare__ supplies the namespace.
class OrderedMeta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, bases, kw)
        d = {"injected": 42}
        return d

    def __new__(mcs, name, bases, ns, **kw):
        cls = type.__new__(mcs, name, bases, ns)
        cls.order = [k for k in ns if not k.startswith("__")]
        return cls


class D(metaclass=OrderedMeta, extra=1):
    b = 1
    a = 2

    def m(self):
        return self.injected


print(D.order, D().m(), D.injected)

# type.__prepare__ and type(name, bases, ns).
print(type.__prepare__("X", ()))
T = type("T", (), {"z": 3, "f": lambda self: self.z * 2})
print(T.__name__, T().f(), type(T) is type, T.__bases__)
U = type("U", (T,), {})
print(U().f(), U.__mro__ == (U, T, object))
V = type("V", (A,), {"q": 1})
print(type(V) is Meta)
print(log)
log.clear()

# Metaclass conflict.
class M1(type):
    pass


class M2(type):
    pass


class P(metaclass=M1):
    pass


class Q(metaclass=M2):
    pass


try:
    class R(P, Q):
        pass
except TypeError as e:
    print("TypeError:", e)


class M3(M1, M2):
    pass


class S(P, Q, metaclass=M3):
    pass


print(type(S).__name__)


class S2(P, metaclass=type):
    pass


print(type(S2).__name__)

# Errors of type.__new__ and type().
for args in [(1, "a", (), {}), (int, "a", (), {}), (type, "a", [], {}), (type, "a", (), []), (type, 1, (), {})]:
    try:
        type.__new__(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    type("a", ())
except TypeError as e:
    print("TypeError:", e)


# __init_subclass__ with keywords.
class Base:
    registry = []

    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        Base.registry.append((cls.__name__, tag))


class K1(Base, tag="one"):
    pass


class K2(K1):
    pass


print(Base.registry, K1.tag, K2.tag)
try:
    class K3(Base, bogus=1, tag=2):
        pass
except TypeError as e:
    print("TypeError:", e)


# A metaclass that is a plain function.
def func_meta(name, bases, ns):
    ns["made_by_func"] = True
    return type(name, bases, ns)


class F(metaclass=func_meta):
    pass


print(F.made_by_func, type(F) is type)


# __class_getitem__.
class G:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(G[int])
try:
    A[int]
except TypeError as e:
    print("TypeError:", e)


# Metaclass __getitem__ and class methods reached through the class.
class Indexed(type):
    def __getitem__(cls, i):
        return cls.__name__ * i

    def __len__(cls):
        return 3

    def __repr__(cls):
        return f"<Indexed {cls.__name__}>"


class H(metaclass=Indexed):
    pass


print(H[2], repr(H), H)

# Metaclass inherited by subclass, singleton pattern.
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        self.n = 0


c1 = Config()
c1.n += 1
c2 = Config()
print(c1 is c2, c2.n)
print(type.__call__(Config) is c1, type.__call__(int, "12"))
print(Meta.__mro__, A.mro() == list(A.__mro__), A.mro())
