# Operator methods of two instances of one class run as frames of the
# dispatch loop: NotImplemented, generator methods, errors, bad signatures.
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + o.x)
    def __sub__(self, o): return NotImplemented
    def __mul__(self, o):
        if isinstance(o, V): return self.x * o.x
        return NotImplemented
    def __rmul__(self, o): return "r"
    def __repr__(self): return f"V({self.x})"
print(V(1) + V(2), V(2) * V(3), 3 * V(1))
try: V(1) - V(2)
except TypeError as e: print(e)
class W:
    def __init__(self):
        yield 1
try: W()
except TypeError as e: print(e)
class G:
    def __add__(self, o):
        yield self
print(type(G() + G()).__name__)
class R:
    def __add__(self, o): raise ValueError("boom")
def f(): return R() + R()
try: f()
except ValueError as e: print(e)
class E:
    def __add__(self, o, extra): return 1
try: E() + E()
except TypeError as e: print(e)
V(1) - V(2)
