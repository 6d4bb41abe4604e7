def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class Foo:
    def __radd__(self, o): return "radd"
    def __rmul__(self, o): return "rmul"
print([] + Foo(), "a" + Foo(), (1,) + Foo(), b"x" + Foo(), bytearray(b"x") + Foo(), [1] * Foo(), "a" * Foo())
show([].__add__, Foo())
show("a".__add__, Foo())
show((1,).__add__, Foo())
show(b"x".__add__, Foo())
show(bytearray(b"x").__add__, Foo())
show([].__mul__, Foo())
class S(str):
    def __add__(self, o): return "S+" + super().__add__(o)
print(S("a") + "b", "b" + S("a"), type("b" + S("a")).__name__)
class L(list):
    def __add__(self, o): return L(super().__add__(o))
print(L([1]) + [2], type(L([1]) + [2]).__name__, [2] + L([1]), type([2] + L([1])).__name__)
