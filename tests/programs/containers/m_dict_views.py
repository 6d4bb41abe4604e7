# Pins dict views: repr, len, liveness, membership, iteration types, set operators and comparisons, isdisjoint, hashing.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {"a": 1, "b": 2}
ks, vs, its = d.keys(), d.values(), d.items()
print(ks, vs, its)
print(len(ks), len(vs), len(its), bool(ks), bool({}.keys()), bool({}.values()), bool({}.items()))
d["c"] = 3
del d["a"]
print(ks, vs, its, len(ks))
print("b" in ks, "a" in ks, 3 in vs, 1 in vs, ("b", 2) in its, ("b", 3) in its, ("zz", 1) in its)
print("b" in its, ("b", 2, 3) in its, ["b", 2] in its, [] in vs)
print(list(ks), list(vs), list(its), sorted(ks, reverse=True), tuple(its))
print(type(ks).__name__, type(vs).__name__, type(its).__name__)
print(type(iter(ks)).__name__, type(iter(vs)).__name__, type(iter(its)).__name__)
for k in ks:
    print("key", k)
for k, v in its:
    print("item", k, v)
print({}.keys(), {}.values(), {}.items(), {1: [1, 2]}.items(), {(1, 2): None}.keys())
r = {}
r["self"] = r.keys()
print(r)
r2 = {}
r2["v"] = r2.values()
print(r2)
print(str(ks), repr(vs))
print(list(reversed({1: 1, 2: 2, 3: 3}.keys())), list(reversed({1: "x", 2: "y"}.items())), list(reversed({1: "x"}.values())))

k1 = {"a": 1, "b": 2, "c": 3}.keys()
k2 = {"b": 0, "c": 0, "d": 0}.keys()
print(sorted(k1 & k2), sorted(k1 | k2), sorted(k1 - k2), sorted(k1 ^ k2))
print(sorted(k1 & {"a", "zz"}), sorted(k1 | ["q"]), sorted(k1 - ("a",)), sorted(k1 ^ "ab"))
print(sorted(["a", "q"] & k1), sorted(("q",) | k1), sorted("abz" - k1), sorted({"c", "q"} ^ k1))
print(sorted({"a", "q"} & k1), sorted(frozenset("ab") | k1), sorted({"a", "q"} - k1))
print(type(k1 & k2).__name__, type(k1 | []).__name__, type({"a"} & k1).__name__, type(frozenset("a") - k1).__name__)
i1 = {"a": 1, "b": 2}.items()
i2 = {"a": 1, "b": 3}.items()
print(sorted(i1 & i2), sorted(i1 | i2), sorted(i1 - i2), sorted(i1 ^ i2), sorted(i1 & [("b", 2), ("x", 0)]))
print(k1 == {"a", "b", "c"}, k1 == {"a", "b"}, {"a", "b", "c"} == k1, k1 != {"a"}, k1 == ["a", "b", "c"])
print(k1 == {"c": 0, "b": 0, "a": 0}.keys(), k1 == k1, k1 == {"a": 1, "b": 2, "c": 3}, k1 == frozenset("abc"))
print(i1 == {("a", 1), ("b", 2)}, i1 == i2, i1 == {"a": 1, "b": 2}.items(), vs == vs, vs == d.values())
print({"a": 1}.values() == {"a": 1}.values(), k1 == i1, {1: 2}.keys() == {1: 2}.items())
print(k1 <= {"a", "b", "c", "d"}, k1 < {"a", "b", "c"}, k1 <= {"a", "b", "c"}, k1 > {"a"}, k1 >= k1, k1 > k1)
print({"a"} < k1, {"a", "b", "c"} <= k1, {"x"} > k1, frozenset("abcd") >= k1, i1 < i1 | {("z", 0)})
print(k1.isdisjoint(["x"]), k1.isdisjoint("xa"), k1.isdisjoint(k2), k1.isdisjoint({"q"}), k1.isdisjoint([]))
print(i1.isdisjoint([("a", 2)]), i1.isdisjoint(i2), {}.keys().isdisjoint({}.keys()))
show("values and", lambda: vs & {1})
show("values or", lambda: {1} | vs)
show("keys and int", lambda: k1 & 5)
show("int or keys", lambda: 5 | k1)
show("keys lt list", lambda: k1 < ["a"])
show("keys ge int", lambda: k1 >= 1)
show("values lt", lambda: vs < vs)
show("hash keys", lambda: hash(k1))
show("hash items", lambda: hash(i1))
show("hash values type", lambda: type(hash(vs)).__name__)
show("next keys", lambda: next(k1))
show("next values", lambda: next(vs))
show("keys unhashable in", lambda: [] in k1)
show("items unhashable in", lambda: ([], 1) in i1)
show("isdisjoint0", lambda: k1.isdisjoint())
show("isdisjoint2", lambda: k1.isdisjoint(1, 2))
show("isdisjoint int", lambda: i1.isdisjoint(1))
show("values isdisjoint", lambda: vs.isdisjoint([]))
show("keys index", lambda: k1[0])
grow = {1: 1}
it = iter(grow.keys())
grow[2] = 2
show("changed size", lambda: next(it))
