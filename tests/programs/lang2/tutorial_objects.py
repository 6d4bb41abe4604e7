import functools
def repeat(times):
    def deco(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            return [func(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def greet(name):
    """Greets."""
    return f"hi {name}"
print(greet("bob"), greet.__name__, greet.__doc__, greet.__wrapped__.__name__)
def counter(func):
    def inner(*a):
        inner.calls += 1
        return func(*a)
    inner.calls = 0
    return inner
@counter
def sq(x): return x * x
sq(2); sq(3); print(sq.calls, sq.__name__)
class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Vector({self.x}, {self.y})"
    def __add__(self, o): return Vector(self.x + o.x, self.y + o.y) if isinstance(o, Vector) else NotImplemented
    def __mul__(self, k): return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vector(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vector) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __bool__(self): return bool(self.x or self.y)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
v = Vector(3, 4)
print(v + v, 2 * v, v * 2, -v, abs(v), v == Vector(3, 4), {v, Vector(3, 4)}, list(v), v[1], bool(Vector(0, 0)), v @ v)
x, y = v; print(x, y)
try: v + 1
except TypeError as e: print(e)
class LinkedList:
    class _Node:
        __slots__ = "val", "nxt"
        def __init__(self, val, nxt=None): self.val, self.nxt = val, nxt
    def __init__(self, items=()):
        self.head = None; self._n = 0
        for it in reversed(list(items)): self.push(it)
    def push(self, v): self.head = self._Node(v, self.head); self._n += 1
    def __len__(self): return self._n
    def __iter__(self):
        n = self.head
        while n: yield n.val; n = n.nxt
    def __repr__(self): return "LinkedList([" + ", ".join(map(repr, self)) + "])"
    def __contains__(self, v): return any(x == v for x in self)
    def __reversed__(self): return iter(list(self)[::-1])
ll = LinkedList([1, 2, 3])
print(ll, len(ll), 2 in ll, 5 in ll, list(reversed(ll)), sorted(ll, reverse=True))
class Tree:
    def __init__(self, v, *kids): self.v = v; self.kids = list(kids)
    def walk(self, depth=0):
        yield depth, self.v
        for k in self.kids: yield from k.walk(depth + 1)
t = Tree(1, Tree(2, Tree(4)), Tree(3))
for d, v in t.walk(): print("  " * d + str(v))
class Temperature:
    def __init__(self, c): self._c = c
    @property
    def celsius(self): return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15: raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self): print("deleting"); del self._c
    fahrenheit = property(lambda self: self._c * 9 / 5 + 32)
t = Temperature(25); print(t.celsius, t.fahrenheit); t.celsius = 30; print(t.celsius)
try: t.celsius = -300
except ValueError as e: print(e)
del t.celsius
print(hasattr(t, "_c"))
class Registry(type):
    classes = {}
    def __new__(m, name, bases, ns):
        cls = super().__new__(m, name, bases, ns)
        m.classes[name] = cls
        return cls
class Plugin(metaclass=Registry): pass
class A(Plugin): pass
print(sorted(Registry.classes))
class Singleton:
    _inst = None
    def __new__(cls, *a):
        if cls._inst is None: cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=lambda p: (p[1], p[0])))
print(max(["apple", "fig", "banana"], key=len), min({3: "a", 1: "b"}))
from functools import total_ordering
@total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class Ctx:
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0].__name__ if exc[0] else None); return False
try:
    with Ctx(): raise KeyError
except KeyError: print("caught")
gen = (i * i for i in range(5) if i % 2)
print(sum(gen), list(zip("abc", range(3), strict=True)))
print(list(map(lambda a, b: a + b, [1, 2], [3, 4])), list(filter(None, [0, 1, "", "a"])))
print({k: v for k, v in zip("ab", [1, 2])}, {x % 3 for x in range(10)}, [[j for j in range(i)] for i in range(3)])
print(*enumerate("ab", start=1))
nums = [5, 3, 8]; nums.sort(key=lambda n: -n); print(nums)
print("%-5s|%5.1f|%03d" % ("ab", 2.345, 7), "{:<6}|{:^6}|{:>6}".format("l", "c", "r"))
print(f"{'x':*^9}", f"{12345.678:,.1f}", f"{255:#o}", f"{-3:+d}", f"{3.0:g}", f"{1e20:g}", f"{0.0001:.2e}")
