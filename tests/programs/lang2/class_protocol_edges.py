# Constructor/attribute protocol edges of classes, as test_class checks them.
def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "->", r)


class C:
    pass


attempt("C(42)", lambda: C(42))
attempt("C().__init__(42)", lambda: C().__init__(42))
attempt("object.__init__(C(), 42)", lambda: object.__init__(C(), 42))
attempt("object.__new__(C, 42)", lambda: object.__new__(C, 42))


class D:
    def __new__(cls, *args, **kwargs):
        return super().__new__(cls, *args, **kwargs)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


attempt("D(42)", lambda: D(42))


class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)


attempt("E(42)", lambda: E(42))
attempt("E().__init__(42)", lambda: E().__init__(42))


class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)


attempt("OnlyNew(1).__init__(2)", lambda: type(OnlyNew(1).__init__(2)).__name__)


class B:
    y = 0
    __slots__ = ("z",)


def del_y():
    del B().y


def set_y():
    B().y = 0


def get_z():
    return B().z


def del_x():
    del B().x


attempt("del B().y", del_y)
attempt("B().y = 0", set_y)
attempt("B().z", get_z)
attempt("del B().x", del_x)


class A:
    pass


attempt("type.__setattr__ bytes", lambda: type.__setattr__(A, b"x", None))
attempt("setattr int name", lambda: setattr(A(), 1, 2))


def add(self, other):
    return "summa"


name = str(b"__add__", "ascii")
type.__setattr__(A, name, add)
print(A() + 1)
type.__delattr__(A, str(b"__add__", "ascii"))
attempt("A() + 1", lambda: A() + 1)
type.__setattr__(A, "plain", 5)
print(A.plain)


def booh(self):
    raise AttributeError("booh")


class I:
    __init__ = property(booh)


attempt("property __init__", lambda: I())


class CallInit:
    class Init:
        def __call__(self, obj, *args):
            print("Init called with", args)

    __init__ = Init()


attempt("callable __init__", lambda: type(CallInit(1, 2)).__name__)

# A class whose __call__ is an instance of itself recurses until the limit.


class Loop:
    pass


Loop.__call__ = Loop()
attempt("Loop()()", lambda: Loop()())
