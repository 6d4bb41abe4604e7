def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

class M:
    def keys(self): return ["a", "b"]
    def __getitem__(self, k): return k.upper()
print(dict(M()), dict(M(), c=1))
d = {}; d.update(M()); print(d)
class NoGet:
    def keys(self): return [1]
show(dict, NoGet())
show({}.update, [(1, 2), (3,)])
show({}.update, [(1, 2), "abc"])
show({}.update, [5])
show(dict, [[1, 2], "ab"])
print(dict([[1, 2], "ab"]), dict(((1, 2),)))
show({}.popitem)
show({}.setdefault, [], 1)
show({}.get, [])
show({}.pop, [])
show(lambda: [] in {})
show(lambda: {1: 2} < {1: 2})
show(lambda: {1: 2} <= {1: 2})
print({1: 2}.keys() == {1: 2}.keys(), {1: 2}.values() == {1: 2}.values(), {1: 2}.items() == {1: 2}.items(), {1: 2}.keys() == [1], {1: 2}.keys() != {1})
d = {1: 2}
d[3] = d.keys(); print(d)
e = {}; e[1] = e.values(); print(e)
f = {}; f[1] = f.items(); print(f)
print(dict.fromkeys(dict(a=1, b=2), 7), dict.fromkeys({1, 2}), dict.fromkeys("aba"))
class DD(dict): pass
x = DD.fromkeys("ab"); print(type(x).__name__, x)
class Miss(dict):
    def __missing__(self, k): return k * 2
m = Miss(a=1); print(m["a"], m["zz"], m.get("zz"), "zz" in m)
class Eq:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, o):
        self.d.clear()
        return False
dd = {}
dd[Eq(dd)] = 1
try:
    dd[Eq(dd)]
except KeyError:
    print("KeyError")
print(len(dd))
it = iter({1: 1, 2: 2})
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
d = {1: 1}
it = iter(d); d[2] = 2
show(next, it)
show(next, it)
d = {"a": 1, "b": 2}
print(d.pop("a"), d, d.pop("zz", None), d.setdefault("c", []), d)
del d["b"]; print(d)
def delmissing():
    del d["nope"]
show(delmissing)
print({(1, 2): "t", 1.0: "f", True: "b"}, {1: 1, 1.0: 2}, {0: "z", False: "f", 0.0: "g"})
print(str({"a": [1, {"b": (2,)}]}), repr({}), {"x": None}.__repr__(), {1: 2}.__len__(), {1: 2}.__getitem__(1))
import copy
print({1: [2]}.copy(), copy.copy({1: 2}), copy.deepcopy({1: [2]}))
k = {"a": 1, "b": 2}.keys()
print(k - ["a"], k | "c" == {"a", "b", "c"}, ["a"] & k if False else "", {"a"} & k, type(k - []).__name__, type({"a"} ^ k).__name__)
print(sorted({"a": 1}.items() | {"b": 2}.items()), {"a": 1}.items() & [("a", 1), ["a", 1]] if False else "")
show(lambda: {}.keys() | 5)
show(lambda: {}.items() - 5)
show(lambda: [[]] & {}.keys())
print({1: 2}.keys() & {1: 3}.keys(), {1: 2}.items() & {1: 3}.items(), len({1: 2}.keys() | {3: 4}.keys()))
print(dict(sorted({"b": 1, "a": 2}.items())), max({"a": 1, "b": 2}, key=lambda k: -ord(k)), list(zip({"a": 1}, {"b": 2})))
d = {i: i for i in range(5)}
for k in list(d):
    if k % 2: del d[k]
print(d, {k: v for k, v in zip("ab", range(2))}, dict(enumerate("xy")))
show(lambda: dict(a=1, **{"a": 2}))
def kw(**kwargs): return kwargs
show(lambda: kw(**{1: 2}))
print(kw(**{"a": 1}, b=2), {**{}, **{1: 2}})
show(lambda: {**[1]})
show(lambda: {**{1: 2}, **5})
