from dataclasses import dataclass, field, FrozenInstanceError, asdict, astuple, replace, fields
from typing import List

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    def __post_init__(self):
        self.count = len(self.items)

p = Point(1, 2)
print(p, p == Point(1, 2), p != Point(2, 1))
print(Point(3))
print(repr(Point(x=5, y=6)))
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs))
print(Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))
c = Color(1, 2, 3)
print(c, hash(c) == hash(Color(1, 2, 3)))
try:
    c.r = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del c.g
except FrozenInstanceError as e:
    print(type(e).__name__, e)
inv = Inventory(["a", "b"])
print(inv, inv.count)
inv2 = Inventory()
inv2.items.append("z")
print(Inventory().items, inv2)
print(asdict(p), astuple(p))
print(replace(p, y=10))
print([f.name for f in fields(Version)])
try:
    Point()
except TypeError as e:
    print(e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Point(1, z=3)
except TypeError as e:
    print(e)
try:
    hash(Point(1, 2))
except TypeError as e:
    print(e)
print(Point.__eq__(p, 5))
try:
    Version(1) < 5
except TypeError as e:
    print(e)

@dataclass
class Nested:
    p: Point
    tags: dict = field(default_factory=dict)
n = Nested(Point(1, 1), {"k": [1, 2]})
print(asdict(n))
print(n)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print(e)
print(Point.__dataclass_fields__.keys())
print(Point.__match_args__)
