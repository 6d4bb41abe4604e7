import weakref
class N:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __index__(self): return 3
n = N()
p = weakref.proxy(n)
print(int(p), float(p))
l = [10]
lp = weakref.proxy(N) if False else None
class Box:
    def __init__(self): self.v = [1, 2, 3]
b = Box()
bp = weakref.proxy(b)
print(bp.v, len(bp.v))
del b
try:
    int(p) if False else bp.v
except ReferenceError as e:
    print("ReferenceError:", e)
del n
try:
    int(p)
except ReferenceError as e:
    print("ReferenceError:", e)
