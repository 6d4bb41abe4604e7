# Class attributes and methods seen through instances stay right after the class (or a base) changes.
class A:
    def f(self): return "A.f"
class B(A): pass
b = B()
print(b.f())
A.f = lambda self: "new A.f"
print(b.f())
B.f = lambda self: "B.f"
print(b.f())
del B.f
print(b.f())
print(ValueError.__name__, hasattr(ValueError, "foo"))
for i in range(3):
    class C: pass
    print(hasattr(C, "x"))
    C.x = i
    print(C.x, C().x)
class D:
    x = 1
d = D()
print(d.x); D.x = 2; print(d.x); d.x = 3; print(d.x, D.x)
class E(Exception): pass
try:
    raise E("m")
except ValueError:
    print("no")
except E as e:
    print("E", e.args)

# Instance attribute caches stay right when classes change under them.
class Cached:
    def __init__(self):
        self.a = 1
        self.b = 2
c1, c2 = Cached(), Cached()
for _ in range(3):
    print(c1.a, c2.b)
Cached.a = property(lambda self: "prop")
print(c1.a, c2.a)
del Cached.a
print(c1.a)
class Hooked(Cached):
    pass
h = Hooked()
print(h.a)
Hooked.__getattribute__ = lambda self, n: "hooked " + n
print(h.a, h.b)
def setter(self, n, v):
    object.__setattr__(self, n, v * 10)
Cached.__setattr__ = setter
c1.a = 5
print(c1.a)
c3 = Cached()
c3.__dict__.clear()
try:
    print(c3.a)
except AttributeError as e:
    print(e)

# Method caches: replaced methods, shadowing instance attributes, subclasses.
class M:
    def greet(self):
        return "hello"
m = M()
for _ in range(2):
    print(m.greet())
M.greet = lambda self: "replaced"
print(m.greet())
m.greet = lambda: "instance"
print(m.greet())
del m.greet
print(m.greet())
class N(M):
    def greet(self):
        return "sub " + super().greet()
print(N().greet(), m.greet())
M.greet = staticmethod(lambda: "static")
print(m.greet(), N().greet())


# One site, instances of three classes (the cache keeps two ways per
# operation): each keeps its own behaviour, also after one class gains a
# property of the attribute's name.
class Shape:
    def area(self):
        return self.w * self.h

    def grow(self):
        self.w = self.w + 1


class Rect(Shape):
    def __init__(self):
        self.w, self.h = 2, 3


class Square(Shape):
    def __init__(self):
        self.w = self.h = 4


class Strip(Shape):
    def __init__(self):
        self.w, self.h = 10, 1


shapes = [Rect(), Square(), Strip()] * 3
for s in shapes:
    s.grow()
print([s.area() for s in shapes])
Square.h = property(lambda self: 100)
print([s.area() for s in shapes])
try:
    Square().grow()
except AttributeError as e:
    print("AttributeError", e)
del Square.h
print([s.area() for s in shapes])
Rect.w = property(lambda self: -1, lambda self, v: None)
for s in shapes:
    s.grow()
print([s.area() for s in shapes], vars(shapes[0]))
