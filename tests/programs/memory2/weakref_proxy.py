import weakref
class C:
    def __init__(self): self.x = 5
    def meth(self): return "m"
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
    def __add__(self, o): return 100
    def __call__(self): return "called"
    def __repr__(self): return "C()"
    def __str__(self): return "strC"
    def __iter__(self): return iter([1, 2])
    def __bool__(self): return True
c = C()
p = weakref.proxy(c)
print(p.x, p.meth(), len(p), p[4], p + 1, p(), str(p), list(p), bool(p))
p.y = 7
print(c.y)
del p.y
print(hasattr(c, "y"))
print(type(p).__name__)
print(weakref.getweakrefcount(c))
p2 = weakref.proxy(c)
print(p is p2)
print(isinstance(p, C))
del c
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    len(p)
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    str(p)
except ReferenceError as e:
    print("ReferenceError:", e)
def cb(pr):
    print("proxy cb")
d = C()
pd = weakref.proxy(d, cb)
del d
print(weakref.ProxyType, weakref.CallableProxyType)
print(type(pd) in weakref.ProxyTypes)
try:
    hash(weakref.proxy(C()))
except TypeError as e:
    print(e)
