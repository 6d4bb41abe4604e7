from collections import deque, Counter, defaultdict, OrderedDict, namedtuple
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, d.maxlen, len(d))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.extend([7, 8]); d.extendleft([-1, -2]); print(d)
print(d.pop(), d.popleft(), d, d.count(3), d.index(3))
d.remove(3); print(d); d.reverse(); print(d)
print(d[0], d[-1], 3 in d, list(reversed(d)))
d2 = d.copy(); d2.clear(); print(d2, d)
try:
    deque().pop()
except IndexError as e:
    print(e)
try:
    deque().popleft()
except IndexError as e:
    print(e)
print(deque("abc") == deque("abc"), deque([1]) + deque([2]), deque([1, 2]) * 2)
dd = deque(range(3)); dd[1] = 9; del dd[0]; print(dd)
dd.insert(1, "x"); print(dd, repr(deque()))
print(deque([], maxlen=0), deque(maxlen=2))
c = Counter("abracadabra")
print(c.most_common(2), c["a"], c["z"], sorted(c.elements())[:4])
c.update("aab"); c.subtract({"a": 10}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter(a=3, b=1) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter({"x": 2, "y": -1}).total(), +Counter({"x": 2, "y": -1}), -Counter({"x": 2, "y": -1}))
print(Counter(), repr(Counter([1, 1])), dict(Counter("aa")))
print(Counter("hello").most_common())
dfl = defaultdict(list)
dfl["a"].append(1); dfl["b"]; print(dfl, dict(dfl), dfl.default_factory)
di = defaultdict(int); di["x"] += 1; print(di["x"], di.get("y"), "y" in di)
dn = defaultdict(); 
try:
    dn["k"]
except KeyError as e:
    print("KeyError", e)
print(repr(defaultdict(lambda: 0)).startswith("defaultdict(<function"))
od = OrderedDict([("a", 1), ("b", 2), ("c", 3)])
od.move_to_end("a"); print(od)
od.move_to_end("c", last=False); print(list(od))
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
print(repr(OrderedDict()))
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]))
x, y = p; print(x + y, p == (1, 2), isinstance(p, tuple))
Q = namedtuple("Q", ["a", "b", "c"], defaults=[0, 1])
print(Q(9), Q._field_defaults)
try:
    P(1)
except TypeError as e:
    print(e)
try:
    p.x = 5
except AttributeError as e:
    print(e)
R = namedtuple("R", "a, b", rename=True)
print(R(1, 2))
S = namedtuple("S", "ok def ok _x", rename=True)
print(S._fields)
class Pt(namedtuple("Pt", "x y")):
    __slots__ = ()
    def norm(self): return self.x ** 2 + self.y ** 2
print(Pt(3, 4).norm(), Pt(3, 4))
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print(e)
