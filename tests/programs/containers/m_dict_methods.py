# Pins dict methods (get, setdefault, pop, popitem, update, fromkeys, copy, clear) with their argument errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get(1.0), {1: "one"}.get(True), {1: "one"}.get(1.0))
print(d.setdefault("a", 100), d.setdefault("c"), d.setdefault("d", []), d)
d["d"].append(4)
print(d.setdefault("d", "ignored"), d)
print(d.pop("c"), d.pop("zz", "dflt"), d.pop("zz", None), d)
print(d.popitem(), d.popitem(), d)
d.update({"x": 10, "a": -1})
print(d)
d.update([("y", 20), ["z", 30]])
print(d)
d.update(["pq", (5, 6)])
print(d)
d.update(w=0, a=99)
print(d)
d.update({"m": 1}, n=2)
print(d)
d.update()
d.update({})
d.update([])
print(d)

class Mapping:
    def keys(self):
        print("keys called")
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k + "!"

d.update(Mapping())
print(d)
e = dict.fromkeys(["p", "q", "p"])
print(e, dict.fromkeys("ab", 0), dict.fromkeys(range(3), "v"), dict.fromkeys({1: 2, 3: 4}), dict.fromkeys([]))
shared = dict.fromkeys("xy", [])
shared["x"].append(1)
print(shared, shared["x"] is shared["y"])
print({}.fromkeys("hi"), {"old": 1}.fromkeys("n"))
c = d.copy()
c["new"] = 1
print(len(d), len(c), c is d, "new" in d, c == d)
inner = {"l": [1]}
cc = inner.copy()
cc["l"].append(2)
print(inner, cc)
c.clear()
print(c, len(c), len(d))
pops = {}
for i in range(6):
    pops[i] = i * i
del pops[5]
pops[9] = 81
while pops:
    print("popitem", pops.popitem())
show("get0", lambda: {}.get())
show("get3", lambda: {}.get(1, 2, 3))
show("get kw", lambda: {}.get(1, default=2))
show("get unhashable", lambda: {}.get([]))
show("setdefault0", lambda: {}.setdefault())
show("setdefault unhashable", lambda: {}.setdefault({}, 1))
show("pop missing", lambda: {1: 2}.pop(3))
show("pop missing str", lambda: {1: 2}.pop("k"))
show("pop empty unhashable", lambda: {}.pop([]))
show("pop empty unhashable dflt", lambda: {}.pop([], "d"))
show("pop unhashable", lambda: {1: 2}.pop([], "d"))
show("pop0", lambda: {}.pop())
show("pop3", lambda: {}.pop(1, 2, 3))
show("popitem empty", lambda: {}.popitem())
show("popitem arg", lambda: {}.popitem(1))
show("update int", lambda: {}.update(1))
show("update 2", lambda: {}.update({}, {}))
show("update bad item", lambda: {}.update([1]))
show("update bad len", lambda: {}.update([(1, 2, 3)]))
show("update bad str", lambda: {}.update(["abc"]))
show("update second bad", lambda: {}.update([(1, 2), (3,)]))
show("update unhashable", lambda: {}.update([([], 1)]))
show("fromkeys0", lambda: dict.fromkeys())
show("fromkeys int", lambda: dict.fromkeys(1))
show("fromkeys3", lambda: dict.fromkeys([], 1, 2))
show("fromkeys kw", lambda: dict.fromkeys([], value=1))
show("fromkeys unhashable", lambda: dict.fromkeys([[1]]))
show("copy arg", lambda: {}.copy(1))
show("clear arg", lambda: {}.clear(1))
show("keys arg", lambda: {}.keys(1))
show("unbound", lambda: dict.get())
show("descriptor", lambda: dict.get([], 1))
