# Pins dict basics: insertion order, get/set/del, in, len, overwriting keeps position, KeyError repr of keys.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"], "a" in d, "z" in d, "z" not in d)
del d["b"]
d["b"] = 99
print(d, list(d), list(d.keys()), list(d.values()), list(d.items()))
m = {1: "int", 1.5: "float", "1": "str", (1, 2): "tuple", None: "none", True: "bool-is-1"}
print(m, m[1], m[(1, 2)], m[None])
for k in d:
    print(k, d[k], end="; ")
print()
for k, v in d.items():
    print(f"{k}={v}", end=" ")
print()
print({}, {"x": {}}, {"nested": {"deep": [1, {"deeper": ()}]}}, dict())
for key in ["missing", 42, (1, "t"), None, 2.5, "it's"]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["nope"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
print({1: "a", 1.0: "b", True: "c"}, {0: "x", False: "y"})
e = {}
for i in range(12):
    e[i * 7 % 12] = i
print(e)
for i in range(0, 12, 2):
    del e[i]
print(e, len(e))
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {"a": 1} != {"a": 1.0}, {} == {})
