# dataclasses and typing markers
from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List, Dict, Optional, Union, Tuple, Any, Callable, TypeVar
@dataclass
class Point:
    x: int
    y: int = 0
p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) == Point(2), p.x, p.y)
print(asdict(p), astuple(p), replace(p, y=5), [f.name for f in fields(Point)])
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()
vs = sorted([Version(2, 1), Version(1, 9), Version(2, 0)])
print(vs, Version(1) < Version(1, 1), hash(Version(1)) == hash(Version(1)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError", e)
@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)
    owner: Optional[str] = None
    secret: str = field(default="x", repr=False)
    def add(self, name):
        self.items.append(name)
        self.counts[name] = self.counts.get(name, 0) + 1
a = Inventory()
b = Inventory(owner="bob")
a.add("apple"); a.add("apple")
print(a, b, a.items is not b.items)
@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    def __post_init__(self):
        self.area = self.w * self.h
print(Rect(2, 3), asdict(Rect(1, 1)))
@dataclass
class Base:
    a: int
@dataclass
class Child(Base):
    b: str = "b"
print(Child(1), Child(1, "z") == Child(1, "z"))
try:
    Point()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print(e)
print(List[int], Dict[str, List[int]], Optional[int], Union[int, str], Tuple[int, ...], Any, Callable[[int], str])
print(Union[int, None] == Optional[int], Union[int], List)
T = TypeVar("T")
print(T)
def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None
print(first([3, 4]), first([]), first.__annotations__["return"])
