# test_class style
class A:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"A({self.x!r})"
    def __eq__(self, o): return isinstance(o, A) and self.x == o.x
    def __hash__(self): return hash(self.x)
print(A(1), [A(2)], {A(3): 1})
print(A(1) == A(1), A(1) != A(2))
class B(A):
    pass
print(B.__mro__)
print(B.__bases__, A.__bases__, object.__bases__)
print(B.__name__, B.__qualname__, B.__module__)
class Outer:
    class Inner:
        def meth(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)
def f():
    class L: pass
    return L
print(f().__qualname__)
print(type(A(1)).__name__)
try:
    A()
except TypeError as e: print(e)
try:
    A(1, 2)
except TypeError as e: print(e)
try:
    object(1)
except TypeError as e: print(e)
class C:
    pass
try:
    C(1)
except TypeError as e: print(e)
c = C()
c.a = 1
print(c.__dict__)
del c.a
try:
    del c.a
except AttributeError as e: print(e)
try:
    c.zz
except AttributeError as e: print(e)
try:
    C.zz
except AttributeError as e: print(e)
print(hasattr(c, 'zz'))
class D:
    x = 1
    def m(self): return self.x
d = D()
print(D.m(d), d.m(), D.__dict__['x'])
print(type(D.__dict__).__name__)
try:
    D.__dict__['y'] = 2
except TypeError as e: print(e)
print(isinstance(D.m, type(f)), type(d.m).__name__)
print(d.m.__self__ is d, d.m.__func__ is D.m)
class E:
    def __bool__(self): return False
print(bool(E()), not E())
class F:
    def __len__(self): return 0
print(bool(F()))
class G:
    def __bool__(self): return 1
try:
    bool(G())
except TypeError as e: print(e)
class H:
    def __len__(self): return -1
try:
    len(H())
except ValueError as e: print(e)
class I:
    def __len__(self): return "a"
try:
    len(I())
except TypeError as e: print(e)
class J:
    def __repr__(self): return 5
try:
    repr(J())
except TypeError as e: print(e)
class K:
    def __str__(self): return 5
try:
    str(K())
except TypeError as e: print(e)
class L2:
    def __hash__(self): return "x"
try:
    hash(L2())
except TypeError as e: print(e)
class M:
    __hash__ = None
try:
    hash(M())
except TypeError as e: print(e)
class N:
    def __eq__(self, o): return True
try:
    hash(N())
except TypeError as e: print(e)
print(N.__hash__)
class O:
    def __call__(self, *a, **k): return a, k
print(O()(1, 2, x=3))
try:
    C()()
except TypeError as e: print(e)
print(C.__doc__)
class P:
    "doc here"
print(P.__doc__)
print(type(P.__init__).__name__ in ("wrapper_descriptor", "method-wrapper", "method_descriptor", "builtin_function_or_method"))
