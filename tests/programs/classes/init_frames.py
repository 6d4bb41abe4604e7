# Class calls run a Python __init__ as a frame of the dispatch loop: its
# result check, errors, arguments of every kind, a custom __new__, recursion.
class A:
    def __init__(self, x):
        self.x = x
        return 5
try:
    A(1)
except TypeError as e: print(e)
class B:
    def __init__(self, x): raise ValueError(x)
try: B(3)
except ValueError as e: print("ve", e)
class C:
    def __init__(self, *a, k=1, **kw): self.v = (a, k, kw)
print(C(1, 2, k=3, z=4).v)
class D:
    def __init__(self): pass
try: D(1)
except TypeError as e: print(e)
class E:
    def __new__(cls, *a):
        o = object.__new__(cls); o.made = True; return o
    def __init__(self, a): self.a = a
e = E(7); print(e.made, e.a)
import sys
class F:
    def __init__(self): F.__init__(self) if False else None
print(type(F()).__name__)
def deep(n):
    class G:
        def __init__(self, n): self.c = G(n-1) if n else None
    return G(n)
A(2)
