# __slots__: member descriptors, no instance dict, inheritance, errors.
import sys
import gc
import weakref


class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


p = Point(3, 4)
print(p.x, p.y, p.norm2())
print(type(Point.x), Point.x, Point.y.__name__, Point.x.__objclass__ is Point)
print(Point.__slots__, "__dict__" in dir(p), hasattr(p, "__dict__"))
print(list(Point.__dict__), Point.__dict__['x'])
try:
    p.z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__dict__
except AttributeError as e:
    print("AttributeError:", e)
try:
    vars(p)
except TypeError as e:
    print("TypeError:", e)

# Unset and deleted slots.
q = Point.__new__(Point)
try:
    q.x
except AttributeError as e:
    print("AttributeError:", e)
q.x = 10
print(q.x, hasattr(q, "y"), getattr(q, "y", "default"))
del q.x
try:
    del q.x
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(q, "x"))

# The descriptor protocol by hand.
Point.x.__set__(q, 99)
print(Point.x.__get__(q, Point), q.x)
Point.x.__delete__(q)
print(hasattr(q, "x"))
print(Point.x.__get__(None, Point) is Point.x)
try:
    Point.x.__get__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Point.x.__set__("s", 1)
except TypeError as e:
    print("TypeError:", e)

# A string, a list, an empty tuple.
class One:
    __slots__ = "value"


class Listed:
    __slots__ = ["a", "b"]


class Empty:
    __slots__ = ()


o = One()
o.value = [1, 2]
print(o.value, One.__dict__["__slots__"], One.value)
l = Listed()
l.a, l.b = 1, 2
print(l.a + l.b, Listed.__slots__)
try:
    Empty().anything = 1
except AttributeError as e:
    print("AttributeError:", e)

# Sizes: slotted instances are smaller than dict-backed ones.
class Plain:
    pass


print(sys.getsizeof(Point(1, 2)) < sys.getsizeof(Plain()))
print(sys.getsizeof(Empty()) <= sys.getsizeof(Point(1, 2)))


# Inheritance: slots combine, a subclass without __slots__ gets a dict.
class Point3(Point):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p3 = Point3(1, 2, 3)
print(p3.x, p3.y, p3.z, p3.norm2(), hasattr(p3, "__dict__"))
print(list(Point3.__dict__))
try:
    p3.w = 0
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Point):
    pass


lo = Loose(5, 6)
lo.extra = "ok"
print(lo.x, lo.extra, lo.__dict__, Loose.__dict__)


class Base:
    pass


class Slotted(Base):
    __slots__ = ("s",)


sl = Slotted()
sl.s = 1
sl.other = 2
print(sl.s, sl.__dict__, Slotted.__dict__)

# '__dict__' and '__weakref__' in __slots__.
class WithDict:
    __slots__ = ("a", "__dict__")


wd = WithDict()
wd.a = 1
wd.b = 2
print(wd.a, wd.__dict__, WithDict.__dict__)
wd.__dict__ = {"c": 3}
print(wd.c, wd.a)
try:
    wd.__dict__ = 5
except TypeError as e:
    print("TypeError:", e)


class Weak:
    __slots__ = ("a", "__weakref__")


w = Weak()
r = weakref.ref(w)
print(r() is w, w.__weakref__ is r, Weak.__dict__)
try:
    weakref.ref(Point(0, 0))
except TypeError as e:
    print("TypeError:", e)
pl = Plain()
print(pl.__weakref__)
r2 = weakref.ref(pl)
print(pl.__weakref__ is r2)

# Name mangling and sorted order.
class Private:
    __slots__ = ("b", "__secret", "a")

    def __init__(self):
        self.__secret = "hidden"

    def reveal(self):
        return self.__secret


pr = Private()
print(pr.reveal(), pr._Private__secret, list(Private.__dict__))

# Errors.
for slots in [(1,), ("1a",), ("__dict__", "__dict__"), ("__weakref__", "__weakref__"), 5]:
    try:
        class Bad:
            __slots__ = slots
    except TypeError as e:
        print("TypeError:", e)
try:
    class Conflict:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)
try:
    class Again(Plain):
        __slots__ = ("__dict__",)
except TypeError as e:
    print("TypeError:", e)


class L1:
    __slots__ = ("a",)


class L2:
    __slots__ = ("b",)


try:
    class L3(L1, L2):
        pass
except TypeError as e:
    print("TypeError:", e)


class L4(L1, Plain):
    pass


print(L4.__mro__ == (L4, L1, Plain, object))

# __class__ assignment needs the same layout.
class OtherPoint:
    __slots__ = ("x", "y")


try:
    p.__class__ = OtherPoint
except TypeError as e:
    print("TypeError:", e)
try:
    Plain().__class__ = Point
except TypeError as e:
    print("TypeError:", e)


class Point2(Point):
    __slots__ = ()


p.__class__ = Point2
print(type(p).__name__, p.x, p.norm2())

# Cycles through slots are collected.
class Node:
    __slots__ = ("next", "payload", "__weakref__")


a, b = Node(), Node()
a.next, b.next = b, a
a.payload = [a, b]
ra = weakref.ref(a)
del a, b
gc.collect()
print(ra())

# A class attribute may be shadowed by a property but not by a slot.
class Counter:
    __slots__ = ("_n",)

    def __init__(self):
        self._n = 0

    @property
    def n(self):
        return self._n

    def inc(self):
        self._n += 1
        return self


c = Counter()
print(c.inc().inc().n)
for i in range(1000):
    c.inc()
print(c.n)
