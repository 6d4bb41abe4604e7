# collections: deque, defaultdict, Counter, OrderedDict, namedtuple
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.extend([7, 8]); d.extendleft([9, 10])
print(d, 7 in d, d.count(7), d.index(8))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.reverse(); print(d, list(reversed(d)))
q = deque(maxlen=3)
for i in range(5):
    q.append(i)
print(q, q.maxlen)
q.appendleft(-1)
print(q, deque("ab") == deque("ab"), deque() == deque([1]), bool(deque()))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5]]:
    try:
        bad()
    except IndexError as e:
        print("IndexError", e)
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dd["a"], len(dd), sorted(dd.items()), "zz" in dd, dd.get("zz"))
counts = defaultdict(int)
for w in "the cat the hat the".split():
    counts[w] += 1
print(counts, dict(counts), counts.default_factory)
nd = defaultdict()
try:
    nd["x"]
except KeyError as e:
    print("KeyError", e, nd)
c = Counter("abracadabra")
print(c, c["a"], c["z"], c.most_common(2), c.most_common(), sorted(c.elements())[:6], c.total())
c.update("aaz")
c.subtract({"b": 5})
print(c)
c2 = Counter(a=3, b=1)
c3 = Counter(a=1, b=2)
print(c2 + c3, c2 - c3, c2 | c3, c2 & c3, -Counter(x=-2), +Counter(x=-1, y=2), Counter())
print(Counter([1, 2, 2, 3, 3, 3]).most_common(1), Counter({"x": 2}) == Counter(x=2), list(Counter("aab").keys()))
del c2["zzz"]
print(c2)
od = OrderedDict()
od["x"] = 1; od["y"] = 2; od["z"] = 3
od.move_to_end("x")
print(od, list(od), od.popitem(), od.popitem(last=False), od)
od2 = OrderedDict([("a", 1), ("b", 2)])
od2.move_to_end("b", last=False)
print(od2, OrderedDict(), od2 == OrderedDict([("b", 2), ("a", 1)]), od2 == {"a": 1, "b": 2})
Point = namedtuple("Point", ["x", "y"])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p[-1], len(p), list(p), p == (1, 2), p._asdict(), p._replace(x=5), Point._fields)
x, y = p
print(x, y, Point._make([3, 4]), hash(p) == hash((1, 2)), p + (3,), Point.__name__, Point)
Color = namedtuple("Color", "red green blue", defaults=[0])
print(Color(1, 2), Color(1, 2, 3), Color._field_defaults)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError", e)
try:
    namedtuple("Bad", ["_x"])
except ValueError as e:
    print(e)
class Pt(namedtuple("Pt", "a b")):
    def total(self):
        return self.a + self.b
print(Pt(2, 3).total(), Pt(2, 3))
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm)
print(sorted([Point(2, 1), Point(1, 5)]), max(Point(2, 1), Point(1, 5)))
