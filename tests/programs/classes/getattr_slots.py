class A:
    def __getattr__(self, name):
        if name.startswith("x"):
            return "dyn_" + name
        raise AttributeError(name)
a = A()
a.y = 1
print(a.y, a.xfoo)
try:
    a.zzz
except AttributeError as e:
    print("AE", e)
print(getattr(a, "zz", "default"), hasattr(a, "xx"), hasattr(a, "q"))

class B:
    def __init__(self):
        self.real = 5
    def __getattribute__(self, name):
        print("getattribute", name)
        if name == "magic":
            return 42
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("getattr fallback", name)
        return None
b = B()
print(b.real)
print(b.magic)
print(b.missing)

class C:
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        object.__delattr__(self, name)
c = C()
c.v = 3
print(c.v, c.__dict__)
del c.v
print(c.__dict__)
try:
    del c.v
except AttributeError as e:
    print(e)

class D:
    __slots__ = ("a", "b")
d = D()
d.a = 1
try:
    d.c = 3
except AttributeError as e:
    print(e)
try:
    print(d.b)
except AttributeError as e:
    print(e)
try:
    d.__dict__
except AttributeError as e:
    print(e)
print(D.__slots__)

class E(D):
    pass
e = E()
e.c = 5
print(e.c, e.__dict__)

class F(D):
    __slots__ = ("c",)
f = F()
f.a, f.b, f.c = 1, 2, 3
print(f.a, f.b, f.c)
try:
    f.d = 4
except AttributeError as e:
    print(e)

class G:
    __slots__ = ("x", "__dict__")
g = G()
g.x = 1
g.y = 2
print(g.x, g.__dict__)

class H:
    __slots__ = "only"
h = H()
h.only = 9
print(h.only)
del h.only
try:
    h.only
except AttributeError as e:
    print(e)

class WithSlotAndClassAttr:
    __slots__ = ()
    k = 10
w = WithSlotAndClassAttr()
print(w.k)
try:
    w.k = 5
except AttributeError as e:
    print(e)

print(getattr(A, "__name__"), A.__qualname__, A.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
def fn():
    class Local: pass
    return Local
print(fn().__qualname__)
print(type(a).__name__, a.__class__ is A)
