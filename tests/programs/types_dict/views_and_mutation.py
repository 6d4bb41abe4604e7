def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
print(k & {"a", "x"} == {"a"}, sorted(k | {"x"}), sorted(k - {"a"}), sorted(k ^ {"a", "z"}), k == {"a", "b", "c"}, k < {"a", "b", "c", "d"}, k >= {"a"})
print(sorted(k & ["a", "b"]), sorted(d.items() & {("a", 1)}), sorted(d.items() | [("z", 0)]), sorted(d.items() - {("a", 1)}), d.items() == {("a", 1), ("b", 2), ("c", 3)})
print(k.isdisjoint({"q"}), d.items().isdisjoint([("a", 2)]), ("a", 1) in d.items(), ("a", 2) in d.items(), "a" in k, 1 in d.values())
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
print(repr(k), repr(d.values()), repr(d.items()), len(k), k.mapping if hasattr(k, "mapping") else "")
show(lambda: d.values() == d.values())
show(lambda: k & 5)
show(lambda: d.values() | {1})
print(d | {"d": 4}, {"a": 0} | d, d)
e = dict(d); e |= {"a": 9}; e |= [("z", 26)]; print(e)
show(lambda: d | [("x", 1)])
show(lambda: d.__ior__(5))
def ior(): 
    x = {}; x |= 5
show(ior)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(0)), dict.fromkeys({"k": 1}, []))
show(dict.fromkeys, 5)
show(dict.fromkeys)
d = {1: "a", 2: "b", 3: "c"}
print(d.popitem(), d.popitem(), d); d[9] = "z"; print(d.popitem(), d.popitem())
show(d.popitem)
show({}.pop, 1)
print({1: 2}.pop(1), {}.pop(1, "dflt"), {}.get(1), {}.get(1, 2), {}.setdefault("a"), {"a": 1}.setdefault("a", 5))
d = {1: 1, 2: 2}
def mod1():
    for k in d: d[k + 10] = 1
show(mod1); print(len(d))
d = {1: 1, 2: 2}
def mod2():
    for k in d: del d[k]
show(mod2)
d = {1: 1, 2: 2}
def mod3():
    for k in d.values(): d.pop(2); d[5] = 5
show(mod3)
d = {1: 1, 2: 2}
def mod4():
    for k in d.items(): d.clear()
show(mod4)
d = {1: 1, 2: 2}
def mod5():
    for k in d: d[1] = 7
show(mod5); print(d)
d = {1: 1}
def mod6():
    for k in d:
        del d[1]; d[2] = 2
show(mod6)
d = {}; d[1] = d; print(d, [d], {1: [d]})
l = []; l.append([l]); print(l)
print(repr({1: (1, {})}), str({"a": "b"}), {1: 2} == {1: 2.0}, {1: 2} != {1: 3}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
show(lambda: {} < {})
show(lambda: {}[[]])
show(lambda: {[]: 1})
show(lambda: {}["missing"])
show(lambda: {}[("a", 1)])
show(dict, [1, 2])
show(dict, [(1, 2, 3)])
show(dict, 5)
show(dict, [("a", 1)], b=2)
show(dict, {"a": 1}, {"b": 2})
print(dict(a=1, b=2), dict([("a", 1)], a=2), dict({1: 2}), dict(zip("ab", [1, 2])))
d = {"a": 1}
show(d.update, 5)
show(d.update, [1])
d.update({"b": 2}, c=3); d.update([("d", 4)]); d.update(e=5); print(d)
show(d.get)
show(d.get, 1, 2, 3)
show(d.pop)
show(d.setdefault)
show(d.keys, 1)
print(d.copy(), d.copy() is d, len(d), list(d), sorted(d.values()), list(d.items())[:2])
dk = d.keys(); d["new"] = 1; print(len(dk), "new" in dk)
class K:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
    def __eq__(self, o): return isinstance(o, K) and self.h == o.h
    def __repr__(self): return f"K({self.h})"
print({K(1): 1, K(1): 2}, {K(1): 1}[K(1)])
x = iter({1: 2, 3: 4}.items()); print(next(x), list(x))
print({**{"a": 1}, "b": 2, **{"a": 3}})
print(sorted({3: 1, 1: 2}), min({"b": 1, "a": 2}), {1: 1}.__contains__(1), {1: 2}.__getitem__(1))
print(d.__len__(), type(d.keys()).__name__, type(d.values()).__name__, type(d.items()).__name__)
print(dict.fromkeys(["a", "b"]).keys() - ["a"], {1: 2}.items() ^ {(1, 2), (3, 4)})
