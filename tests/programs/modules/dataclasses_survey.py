from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1), Point(3))
print(fields(Point)[0].name, [f.name for f in fields(p)], asdict(p), astuple(p))
print(replace(p, y=5), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
@dataclass(frozen=True)
class F:
    a: int
    b: str = "s"
f = F(1)
try:
    f.a = 2
except Exception as e:
    print(type(e).__name__, e)
print(hash(f) == hash(F(1)), f)
@dataclass(order=True)
class O:
    k: int
    name: str = field(default="", compare=False)
print(sorted([O(3, "c"), O(1, "a"), O(2)]), O(1) < O(2), O(1, "x") == O(1, "y"))
@dataclass
class L:
    items: list = field(default_factory=list)
    tag: str = field(default="t", repr=False)
l1, l2 = L(), L()
l1.items.append(1)
print(l1, l2)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Mut:
        a: list = []
except ValueError as e:
    print(e)
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(3))
@dataclass
class Base:
    x: int
@dataclass
class Derived(Base):
    y: int = 1
print(Derived(5), Derived(5, 6))
try:
    Point()
except TypeError as e:
    print(e)
@dataclass(eq=False)
class NoEq:
    v: int
print(NoEq(1) == NoEq(1))
@dataclass
class Nested:
    p: Point
    ps: list
print(asdict(Nested(Point(1, 2), [Point(3, 4)])))
print(repr(Point).startswith("<class"), Point.__init__.__name__ if hasattr(Point.__init__, "__name__") else None)
