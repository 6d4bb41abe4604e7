class A:
    def __init__(self): self.ok = 1
    @property
    def p(self):
        raise AttributeError("inner")
    @property
    def q(self):
        raise KeyError("not attribute error")
    def __getattr__(self, n):
        return "fallback " + n
a = A()
for _ in range(3):
    print(a.p, a.ok, getattr(a, "p"), hasattr(a, "p"))
try:
    a.q
except KeyError as e:
    print("KeyError", e)
class B:
    @property
    def p(self):
        raise AttributeError("no fallback here")
try:
    B().p
except AttributeError as e:
    print(e)
class Desc:
    def __get__(self, obj, t):
        raise AttributeError("from desc")
class C:
    d = Desc()
    def __getattr__(self, n): return "fb-" + n
for _ in range(2):
    print(C().d)
