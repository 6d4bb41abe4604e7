# Pins user exception subclasses with custom __init__/__str__, hand-written dataclass-like __repr__/__eq__, class-level counters.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key, where="db"):
        super().__init__(key, where)
        self.key = key
        self.where = where
    def __str__(self):
        return f"{self.key!r} not found in {self.where}"
class Invalid(AppError):
    code = 400
for exc in (NotFound("k1"), NotFound("k2", "cache"), Invalid("bad", 7), AppError()):
    try:
        raise exc
    except NotFound as e:
        print("NF", e, e.args, e.key, repr(str(e)))
    except AppError as e:
        print(type(e).__name__, e, e.args, getattr(e, "code", None))
print(repr(Invalid("x")), repr(NotFound("y")))
print(issubclass(NotFound, Exception), [c.__name__ for c in NotFound.__mro__])
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
try:
    raise NoSuper(1, 2)
except NoSuper as e:
    print(e.args, str(e), e.a)

class Point:
    fields = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({inner})"
    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self.fields)
    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)
class Point3(Point):
    fields = ("x", "y", "z")
    def __init__(self, x, y, z=0):
        super().__init__(x, y)
        self.z = z
print(Point(1, "a"), Point3(1, 2), Point3(1, 2, 3).astuple())
print(Point(1, 2) == Point(1, 2), Point(1, 2) == Point3(1, 2), Point(1, 2) != Point(2, 1))
print(Point(1, 2) in [Point(0, 0), Point(1, 2)], [Point(1, 2)].index(Point(1, 2)))
try:
    {Point(1, 2)}
except TypeError as e:
    print(type(e).__name__, e)
