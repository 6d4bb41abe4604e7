# Functions are descriptors: f.__get__ binds, f.__call__ calls; and the
# reflected operator of a subclass goes first only when it overrides it.
def f(self, x):
    return ("f", self, x)


bound = f.__get__(5, int)
print(bound(1), bound.__self__, bound.__func__ is f)
print(f.__get__(None, int) is f)
print(f.__call__(1, 2), f.__call__(1, x=3))


class Meth:
    def m(self):
        return "m of " + type(self).__name__


class Other:
    pass


print(Meth.m.__get__(Other())())
print(Meth.__dict__["m"].__get__(Meth(), Meth)())


# Binding by hand, as a descriptor tutorial does.
class Bind:
    def __init__(self, func):
        self.func = func

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return self.func.__get__(obj, owner)


class UsesBind:
    def _hello(self):
        return f"hello from {type(self).__name__}"

    hello = Bind(_hello)


print(UsesBind().hello())


class C:
    def __floordiv__(self, other):
        return "C.__floordiv__"

    def __rfloordiv__(self, other):
        return "C.__rfloordiv__"


class D(C):
    def __floordiv__(self, other):
        return "D.__floordiv__"

    def __rfloordiv__(self, other):
        return "D.__rfloordiv__"


class E(C):
    pass


print(D() // C(), C() // D())
print(E() // C(), C() // E(), 1 // E(), E() // 1)


class B(int):
    def __floordiv__(self, other):
        return "B.__floordiv__"

    def __rfloordiv__(self, other):
        return "B.__rfloordiv__"


print(B(1) // 1, 1 // B(1))


class I(int):
    def __repr__(self):
        return "I(%r)" % int(self)

    def __add__(self, other):
        return I(int(self) + int(other))

    __radd__ = __add__


print(repr(I(1) + I(2)), repr(I(1) + 2), repr(1 + I(2)))
