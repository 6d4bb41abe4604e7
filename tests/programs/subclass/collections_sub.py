# collections' dict and tuple types are real subclasses of dict and tuple.
import copy
import json
from collections import Counter, OrderedDict, defaultdict, namedtuple

c = Counter("abracadabra")
print(c, repr(c), isinstance(c, dict), type(c).__mro__, len(c), c["a"], c["zz"], "zz" in c)
print(c.most_common(2), sorted(c.elements())[:4], c.total(), json.dumps(c, sort_keys=True))
c.update({"a": 1}, z=2)
c.subtract("b")
print(c, c + Counter(a=1), c - Counter(a=10), c & Counter(a=2), c | Counter(q=1), -Counter(x=-1))
print(Counter(), Counter(a=0) == Counter(), dict(c) == c, sorted(c), list(c.keys())[:3], +c)
c2 = copy.copy(c)
c2["new"] = 1
print(type(c2), "new" in c, c2["new"], Counter({"x": 2}), copy.deepcopy(Counter(k=[1])))
c += Counter(a=1)
print(c["a"], type(c))
del c["a"]
del c["not-there"]
print("a" in c, {**Counter(u=1)}, dict(Counter(v=2)), str(Counter(w=3)), [Counter(y=1)])

dd = defaultdict(list)
dd["x"].append(1)
dd["y"].append(2)
dd["x"].append(3)
print(dd, repr(dd), isinstance(dd, dict), dd["x"], len(dd), dd.get("nope"), "nope" in dd)
print(dd.default_factory, defaultdict(int, a=1), defaultdict(None), json.dumps(dd), dict(dd))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError", e)
di = defaultdict(int)
for w in "the cat the hat the".split():
    di[w] += 1
print(sorted(di.items()), type(di.copy()), di.copy(), copy.deepcopy(dd), type(copy.copy(dd)))
nested = defaultdict(lambda: defaultdict(int))
nested["a"]["b"] += 1
print(nested["a"]["b"], isinstance(nested["a"], defaultdict), len(nested))

od = OrderedDict([("b", 1), ("a", 2)])
od["c"] = 3
print(od, repr(od), isinstance(od, dict), list(od), od.popitem(), od.popitem(last=False), od)
od.update(x=1, y=2)
od.move_to_end("a")
print(od, list(od.keys()), OrderedDict(), OrderedDict.fromkeys("ab"), od == dict(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
od.move_to_end("x", last=False)
print(od, copy.copy(od), type(copy.deepcopy(od)), json.dumps(od), {**od})

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, repr(p), isinstance(p, tuple), type(p).__mro__, p.x, p[1], len(p), p == (1, 2))
print(p + (3,), tuple(p), list(p), p._asdict(), p._replace(y=5), Point._make([7, 8]), json.dumps(p))
a, b = p
print(a, b, hash(p) == hash((1, 2)), {p: 1}[(1, 2)], sorted([Point(2, 1), Point(1, 5)]), "%s/%s" % p)
print(copy.copy(p), copy.deepcopy(p), type(copy.copy(p)), max(p), Point(x=3, y=4), p.count(1))
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    p.z = 5
except AttributeError as e:
    print("AttributeError", e)


class P3(namedtuple("P3", "x y z")):
    def norm(self):
        return abs(self.x) + abs(self.y) + abs(self.z)


q = P3(1, -2, 3)
q.extra = "ok"
print(q, q.norm(), q.extra, isinstance(q, tuple))
