from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
d = deque(range(5), 3)
print(d, d.maxlen)
d.appendleft(-1); print(d)
d.extendleft([10, 11]); print(d)
d.insert(0, 5) if len(d) < 3 else print("full")
try:
    d.insert(1, 99)
except IndexError as e:
    print(e)
d = deque([1, 2, 3])
try:
    d.remove(9)
except ValueError as e:
    print(e)
try:
    d.index(9)
except ValueError as e:
    print(e)
try:
    d[10]
except IndexError as e:
    print(e)
print(d.index(2, 1), deque() == deque([]), deque([1, 2]) < deque([1, 3]), bool(deque()))
d2 = deque([1]); d2 += [2, 3]; print(d2)
d2 *= 2; print(d2)
x = deque(); x.append(x); print(x)
print(deque("abc", maxlen=2), list(deque(range(10), maxlen=3)))
try:
    deque([], -1)
except ValueError as e:
    print(e)
for i, v in enumerate(deque("xy")):
    print(i, v)
dq = deque([1, 2, 3])
try:
    for v in dq:
        dq.append(v)
except RuntimeError as e:
    print(e)
import copy
dc = copy.copy(deque([1, [2]], 5)); print(dc, dc.maxlen)
c = Counter(a=2, b=-1, c=0)
print(c, +c, -c, list(c.elements()), c.most_common(1))
c2 = Counter("aab")
c2["z"] += 0
print(c2, len(c2), c2 == Counter("aba"))
del c2["z"]; del c2["nope"]; print(c2)
c3 = Counter(); c3.update(["x", "y", "x"]); c3.update({"x": 5}); c3.update(y=1)
print(c3, sorted(c3), c3.total())
print(Counter("abc") < Counter("aabbcc"), Counter("ab") <= Counter("ab"), Counter(a=1) == Counter(a=1, b=0))
print(Counter([1, 2, 2, 3, 3, 3]).most_common(), Counter("zzyx").most_common(2))
c4 = Counter(a=1); c4 += Counter(a=2, b=-1); print(c4)
c4 -= Counter(a=5); print(c4)
c5 = Counter(a=3); c5 |= Counter(a=4, b=1); print(c5)
c5 &= Counter(b=2); print(c5)
print(repr(Counter({"b": 1, "a": 2})), str(Counter(x=1)))
class Missing(dict):
    def __missing__(self, key): return key * 2
m = Missing(); print(m["ab"], m.get("ab"), "ab" in m)
dd = defaultdict(lambda: "default")
print(dd["k"], dict(dd), dd.__missing__("z"), dict(dd))
dd2 = defaultdict(list, {"a": [1]}); dd2["b"].append(2)
print(dd2, dd2.copy(), type(dd2.copy()).__name__)
try:
    defaultdict(5)
except TypeError as e:
    print(e)
dd3 = defaultdict(int); dd3.default_factory = None
try:
    dd3["x"]
except KeyError as e:
    print("KeyError", e)
print(isinstance(dd2, dict), defaultdict(int, a=1) == {"a": 1})
od = OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
print(list(od), list(reversed(od)), list(od.items()), od.popitem(last=False))
try:
    OrderedDict().popitem()
except KeyError as e:
    print(e)
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError", e)
od2 = OrderedDict([("a", 2), ("c", 3)])
print(od == od2, OrderedDict([("c", 3), ("a", 2)]) == od, od.copy(), od | {"z": 1})
od.update(z=0); od.setdefault("y", 9); print(od, od.pop("z"), od)
print(OrderedDict.fromkeys("ab", 0))
Pt = namedtuple("Pt", ["x", "y"])
p = Pt(1, 2)
print(repr(p), p._fields, p.count(1), p.index(2), p + (3,), p * 2, p[::-1], len(p))
print(Pt.x, Pt.__doc__, Pt._make(range(2)))
print(dict(p._asdict()), type(p._asdict()).__name__)
try:
    Pt(1, 2, 3)
except TypeError as e:
    print(e)
try:
    Pt(1, 2, z=3)
except TypeError as e:
    print(e)
try:
    p._replace(z=1)
except ValueError as e:
    print(e)
try:
    namedtuple("X", "a 1b")
except ValueError as e:
    print(e)
try:
    namedtuple("X", "a _b")
except ValueError as e:
    print(e)
try:
    namedtuple("X", "a class")
except ValueError as e:
    print(e)
N3 = namedtuple("N3", "a b c", defaults=(3,))
print(N3(1, 2), N3(1, 2, 4), N3._field_defaults)
class Sub(Pt):
    @property
    def total(self): return self.x + self.y
    def __repr__(self): return f"Sub<{self.x},{self.y}>"
print(Sub(3, 4).total, Sub(3, 4), Sub._fields, hash(Pt(1, 2)) == hash((1, 2)))
