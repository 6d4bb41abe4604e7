# Pins dict methods: get, setdefault, pop, popitem, update, fromkeys, copy, clear, views, and errors.
d = {"x": 1, "y": 2}
print(d.get("x"), d.get("z"), d.get("z", 0), d.setdefault("y", 50), d.setdefault("z", 3), d)
print(d.setdefault("w"), d)
print(d.pop("w"), d.pop("missing", "dflt"), d)
print(d.popitem(), d)
d.update({"a": 1, "x": 100})
d.update([("b", 2), ("c", 3)])
d.update(k=7, x=-1)
print(d)
c = d.copy()
c["new"] = 1
print(d, c, c is d)
ks, vs, its = d.keys(), d.values(), d.items()
d["late"] = 0
print(ks, vs, its)
print(len(ks), "a" in ks, 100 in vs, ("a", 1) in its, list(reversed(list(ks))))
print(dict.fromkeys("abc"), dict.fromkeys(["p", "q"], 0), dict.fromkeys(range(3), []))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
d.clear()
print(d, len(d), c)
for bad in [lambda: {}.popitem(), lambda: {}.pop("k"), lambda: {}.update(5), lambda: {}.update([1]),
            lambda: {}.get()]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
order = {}
for w in "one two three two one four".split():
    order[w] = order.get(w, 0) + 1
print(order, max(order, key=order.get), sorted(order.items(), key=lambda kv: (-kv[1], kv[0])))
while order:
    print(order.popitem(), end=" ")
print()
