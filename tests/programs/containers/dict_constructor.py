# Pins dict() constructor forms: kwargs, pairs, zip, mapping plus kwargs, and dict keys/values iteration.
print(dict(a=1, b=2), dict([("a", 1), ("b", 2)]), dict((("k", "v"),)), dict(zip("abc", range(3))))
print(dict({"x": 1}, y=2), dict({"x": 1}, x=9), dict([("a", 1), ("a", 2)]), dict(["ab", "cd"]))
print(dict(zip(["one", "two"], [1, 2, 3])), dict(zip((), ())), dict({}), dict([]))
keys = ["k1", "k2", "k3"]
vals = [10, 20, 30]
d = dict(zip(keys, vals))
inv = dict(zip(d.values(), d.keys()))
print(d, inv)
total = 0
for v in d.values():
    total += v
print(total, sum(d.values()), max(d), min(d.values()), sorted(d, reverse=True))
for bad in [lambda: dict([1, 2]), lambda: dict([("a", 1, 2)]), lambda: dict(5), lambda: dict(["abc"])]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
nested = dict(outer=dict(inner=dict(x=[1, 2])))
print(nested, nested["outer"]["inner"]["x"][1])
counts = dict()
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, list(counts.items())[0], len(counts))
merged = dict(counts)
merged.update(dict(m=100, z=0))
print(merged, counts == merged, "z" in counts)
