class I(int):
    def __repr__(self): return 'I(%r)' % int(self)
    def __add__(self, other): return I(int(self) + int(other))
    __radd__ = __add__
    def __pow__(self, other, mod=None):
        if mod is None: return I(pow(int(self), int(other)))
        return I(pow(int(self), int(other), int(mod)))
    def __rpow__(self, other, mod=None):
        if mod is None: return I(pow(int(other), int(self), mod))
        return I(pow(int(other), int(self), int(mod)))
print(repr(I(1) + I(2)), repr(I(1) + 2), repr(1 + I(2)), repr(I(2) ** I(3)), repr(2 ** I(3)), repr(I(2) ** 3))
class B(int):
    def __floordiv__(self, other): return 'B.__floordiv__'
    def __rfloordiv__(self, other): return 'B.__rfloordiv__'
print(B(1) // 1, 1 // B(1))
class C:
    def __floordiv__(self, other): return 'C.__floordiv__'
    def __rfloordiv__(self, other): return 'C.__rfloordiv__'
class D(C):
    def __floordiv__(self, other): return 'D.__floordiv__'
    def __rfloordiv__(self, other): return 'D.__rfloordiv__'
class E(C): pass
print(D() // C(), C() // D(), E() // C(), C() // E(), 1 // E())
def f(self, x): return ("f", self, x)
bound = f.__get__(5, int)
print(bound(1), f.__get__(None, int) is f, f.__call__(1, 2))
print(staticmethod(f).__func__ is f, classmethod(f).__func__ is f)
class P:
    @property
    def x(self):
        "doc of x"
        return 1
print(P.x.__doc__, P.x.fget.__name__)
class Docd:
    "class doc"
Docd.__doc__ = "changed"
print(Docd.__doc__)
