# Tutorial-style classes, closures, generators, exceptions and numeric edge cases.
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x!r}, {self.y!r})"
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y)
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self): return bool(self.x or self.y)
    def __eq__(self, o): return (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
print(Vector(1, 2) + Vector(3, 4), 3 * Vector(1, 1), abs(Vector(3, 4)), bool(Vector(0, 0)), list(Vector(5, 6)), Vector(1,2)[-1])
print({Vector(1, 2): "a"}[Vector(1, 2)], len(Vector(0, 0)))
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @staticmethod
    def s(): return "static"
    @classmethod
    def make(cls): return cls()
t = Temp.make(); t.c = 5; print(t.c, Temp.s())
try: t.c = -300
except ValueError as e: print("err", e, repr(e), e.args)
class MyErr(Exception):
    def __init__(self, code, msg): super().__init__(msg); self.code = code
try: raise MyErr(3, "bad")
except MyErr as e: print(e, e.code, repr(e), str(e))
try:
    try: 1 / 0
    except ZeroDivisionError as e: raise KeyError("k") from e
except KeyError as e: print(repr(e), repr(e.__cause__), e.__context__ is e.__cause__)
def counter():
    n = 0
    def inc():
        nonlocal n; n += 1; return n
    return inc
c = counter(); c(); print(c(), c.__closure__[0].cell_contents)
def gen():
    x = yield 1
    print("got", x)
    yield from range(2)
    return "done"
g = gen(); print(next(g), g.send("hi"), next(g))
try: next(g)
except StopIteration as e: print("stop", e.value)
print(list(x * y for x in range(3) for y in range(3) if x != y))
print({k: v for k, v in zip("abc", range(3)) if v}, {x % 3 for x in range(10)})
import dataclasses
@dataclasses.dataclass(order=True)
class Pt:
    x: int
    y: int = 0
print(Pt(1), Pt(1, 2) < Pt(2, 0), sorted([Pt(2), Pt(1, 5)]))
print(isinstance(True, int), issubclass(bool, int), type(1) is int, Vector.__name__, Vector.__qualname__, Vector.__module__)
print(repr(1.0), repr(1e100), 0.1 + 0.2, 1e-4, 123e-10, round(0.125, 2), round(0.375, 2), f"{2.675:.2f}", f"{1.5:.0f}", f"{2.5:.0f}")
print(int(-7 / 2), -7 // 2, -7 % 3, 7 % -3, 2 ** -1, (-8) ** (1/3) if False else 0, pow(3, -1, 7), 10 ** 20, 2 ** 100)
print("%s is %d years and %.1f%%" % ("Al", 30, 99.5), "%(a)s-%(b)03d" % {"a": "x", "b": 7}, "%x %o %e" % (255, 8, 12345.678))
print(str(None), repr("it's"), repr('say "hi"'), repr("both ' \""), ascii("héllo"), "é".encode(), b"abc"[0])
import string
print(string.ascii_lowercase[:5], string.digits, string.punctuation[:5], string.capwords("hello wORLD"))
e = ValueError("x")
print(type(e).__mro__)
try:
    [][1]
except IndexError as ex:
    print(ex)
try:
    {}["a"]
except KeyError as ex:
    print(ex, repr(ex))
try:
    int("abc")
except ValueError as ex:
    print(ex)
try: None.foo
except AttributeError as ex: print(ex)
try: "a" + 1
except TypeError as ex: print(ex)
try: len(5)
except TypeError as ex: print(ex)
try: f = lambda a, b: 0; f(1)
except TypeError as ex: print(ex)
print(sorted([3, 1, 2], key=lambda v: -v), list(reversed([1, 2, 3])), [1, 2, 3][::-1], "abc"[::-1])
import math
print(math.prod([1, 2, 3]), math.isqrt(17), math.comb(5, 2), math.perm(5, 2), math.dist((0, 0), (3, 4)), math.log(8, 2), math.fsum([0.1] * 10), math.log(100, 10))
print(math.nextafter(1, 2), math.ulp(1.0), math.remainder(5, 3), math.trunc(-2.5), math.floor(-2.5), math.ceil(2.1), math.hypot(3, 4, 12))
