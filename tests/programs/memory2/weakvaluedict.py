import weakref, gc
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"V{self.n}"
d = weakref.WeakValueDictionary()
a, b, c = V(1), V(2), V(3)
d["a"] = a; d["b"] = b; d["c"] = c
print(len(d), sorted(d.keys()))
print(d["a"], d.get("b"), d.get("zz", "default"))
del b
print(len(d), sorted(d.keys()))
print("b" in d, "a" in d)
try:
    d["b"]
except KeyError as e:
    print("KeyError", e)
print(sorted(d.items(), key=lambda kv: kv[0]))
print(sorted(v.n for v in d.values()))
print(d.pop("a"))
del a
print(len(d))
d.setdefault("x", c)
print(d["x"])
print(type(d).__name__)
e = weakref.WeakValueDictionary({"q": c})
print(len(e), e["q"])
del c
print(len(d), len(e), list(d), list(e))
cache = weakref.WeakValueDictionary()
def get(n):
    try:
        return cache[n]
    except KeyError:
        v = V(n); cache[n] = v
        return v
x1 = get(1); x2 = get(1)
print(x1 is x2)
del x1, x2
print(1 in cache)
vals = [V(i) for i in range(5)]
for i, v in enumerate(vals):
    cache[i] = v
print(len(cache))
del vals[::2]
print(sorted(cache.keys()))
print(len(list(cache.valuerefs())))
try:
    cache["k"] = 5
except TypeError as e:
    print(e)
