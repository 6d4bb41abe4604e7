# Dunder methods returning the wrong type: the TypeErrors CPython raises.
import math
import operator
operator_index = operator.index
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
    def __len__(self): return self.v
    def __hash__(self): return self.v
    def __str__(self): return self.v
    def __repr__(self): return self.v
    def __iter__(self): return self.v
    def __index__(self): return self.v
    def __format__(self, spec): return self.v
    def __round__(self, n=None): return self.v
    def __abs__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __trunc__(self): return self.v
    def __contains__(self, x): return self.v
    def __neg__(self): return self.v
    def __int__(self): return self.v
    def __float__(self): return self.v
    def __bytes__(self): return self.v
for v in [1, "s", -1, 1.5, None, True, 2**70]:
    print("--", repr(v))
    b = B(v)
    t(lambda: bool(b))
    t(lambda: not b)
    t(lambda: len(b))
    t(lambda: hash(b))
    t(lambda: str(b))
    t(lambda: repr(b))
    t(lambda: iter(b))
    t(lambda: format(b, ""))
    t(lambda: f"{b}")
    t(lambda: round(b))
    t(lambda: abs(b))
    t(lambda: math.floor(b))
    t(lambda: math.ceil(b))
    t(lambda: math.trunc(b))
    t(lambda: 1 in b)
    t(lambda: -b)
    t(lambda: int(b))
    t(lambda: float(b))
    t(lambda: bytes(b))
    t(lambda: [1, 2, 3][b])
    t(lambda: operator_index(b))
