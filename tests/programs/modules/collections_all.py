from collections import deque, Counter, OrderedDict, defaultdict, namedtuple, ChainMap
d = deque([1, 2, 3], maxlen=3)
d.append(4); print(d, d.maxlen)
d.appendleft(0); print(d)
d.extendleft([9, 8]); print(d)
d = deque(range(6)); d.rotate(2); print(d); d.rotate(-3); print(d)
print(repr(deque()), deque("ab") == deque("ab"), len(deque("abc")), deque("abc")[1], deque("abc")[-1])
d = deque([1, 2, 3]); print(d.pop(), d.popleft(), d, d.index(2), d.count(2))
d.extend([5, 5]); d.remove(5); print(d, 5 in d, list(reversed(d)))
d.insert(1, "x"); print(d, d.copy(), d * 2, d + deque([7]))
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque().popleft()
except IndexError as e:
    print(e)
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements()))
c2 = Counter(a=1, b=5)
print(c + c2, c - c2, c & c2, c | c2)
c.subtract(c2); print(c)
print(+c, -Counter(a=-2, b=1))
c3 = Counter({"x": 3}); c3.update(["x", "y"]); c3.update({"y": 2}); print(c3, c3.total())
print(Counter() == Counter(), repr(Counter()), Counter("aab").most_common())
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); print(list(od))
od.move_to_end("e", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(repr(OrderedDict()), OrderedDict([("k", 1)]))
dd = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd.default_factory)
print(defaultdict(int), repr(defaultdict()))
try:
    defaultdict()["x"]
except KeyError as e:
    print("KeyError", e)
dd2 = defaultdict(lambda: "dflt"); print(dd2["q"], "q" in dd2, dd2.get("r"))
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x + p.y, p._replace(x=10), p._asdict(), Point._fields, p[0], tuple(p))
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0, 1])
print(P3(5), P3._field_defaults, P3._make([1, 2, 3]))
x, y = p; print(x, y, p == (1, 2), isinstance(p, tuple), Point.__name__)
try:
    Point(1)
except TypeError as e:
    print(e)
try:
    p.x = 3
except AttributeError as e:
    print(e)
R = namedtuple("R", "a, b", rename=False)
print(R(b=2, a=1), R.__doc__)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps)
cm2 = cm.new_child({"c": 4}); print(cm2["c"], cm2.parents)
cm["z"] = 9; print(cm.maps[0])
