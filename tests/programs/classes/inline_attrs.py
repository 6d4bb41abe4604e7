# Instance attributes kept inline (no dict until __dict__ is asked for):
# order, deletion, overflow past the inline cells, class changes, vars().
import gc


class P:
    def __init__(self, a, b):
        self.a = a
        self.b = b


p = P(1, [2])
q = P(3, 4)
q.b, q.a = 40, 30
print(p.a, p.b, q.a, q.b)
r = P(5, 6)
del r.a
r.a = 50
print(vars(r))  # 'b' first: set first after the delete
try:
    del r.zz
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(r.missing)
except AttributeError as e:
    print("AttributeError:", e)

# Many attributes, some through setattr with built names.
m = P(0, 0)
for i in range(25):
    setattr(m, "f" + str(i), i * i)
print(m.f24, getattr(m, "f" + "3"), len(vars(m)), list(vars(m))[:4])
m2 = P(7, 8)
m2.f1 = "one"
print(vars(m2))


class Q:
    pass


s = P("x", "y")
s.__class__ = Q
print(type(s).__name__, vars(s))

t = P(1, 2)
t.__dict__ = {"z": 26}
print(hasattr(t, "a"), t.z)

# gc sees the inline values directly.
u = P([1], "s")
print([type(x).__name__ for x in gc.get_referents(u)])
u.a.append(u)
del u
print(gc.collect() >= 1)


class Meth:
    def f(self):
        return "method"


k = Meth()
print(k.f())
k.f = lambda: "shadow"
print(k.f())
del k.f
print(k.f())
