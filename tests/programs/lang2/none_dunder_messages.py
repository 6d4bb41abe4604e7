class A:
    def __add__(self, o): return "add"
    def __radd__(self, o): return "radd"
class B(A):
    __iadd__ = None
class C(A):
    __add__ = None
class D:
    __radd__ = None
    __iter__ = None
    __contains__ = None
    __len__ = None
    __hash__ = None
    __eq__ = None
for f in [lambda: exec("x = B(); x += 1"), lambda: C() + 1, lambda: 1 + D(), lambda: iter(D()), lambda: len(D()), lambda: D() == 1, lambda: list(D()), lambda: reversed(C())]:
    try: print(f())
    except TypeError as e: print("TypeError", e)
