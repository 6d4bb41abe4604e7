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
