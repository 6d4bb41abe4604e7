# Pins tuples: packing/unpacking, nested unpacking, single-element repr, comparison, count/index, immutability.
t = 1, 2, 3
u = (4,)
e = ()
print(t, u, e, (1), (1,), type((1)).__name__, type((1,)).__name__, len(e), len(u))
a, b, c = t
print(a, b, c)
(x, y), z = (10, 20), 30
print(x, y, z)
[p, (q, r)], s = ["P", ("Q", "R")], "S"
print(p, q, r, s)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
print(t + u, t * 2, u * 3, e * 10, 2 in t, 5 not in t, t[0], t[-1], t[1:], t[::-1])
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,), (1, "a") == (1, "a"), (1,) == [1])
print(t.count(2), (1, 1, 2, 1).count(1), t.index(3), ("a", "b", "a").index("a", 1))
n = ((1, 2), (3, (4, 5)), ())
print(n, n[1][1][0], len(n))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple(), tuple((5,)))
print(hash((1, 2)) == hash((1, 2)), (1, 2) == (1.0, 2.0), str((None,)), repr(((),)))
def pair():
    return "left", "right"
l, rr = pair()
print(l, rr, pair())
try:
    t[0] = 5
except TypeError as err:
    print(type(err).__name__, err)
try:
    del t[0]
except TypeError as err:
    print(type(err).__name__, err)
for bad in [lambda: t[5], lambda: (1, 2).index(9), lambda: (1,) + [2]]:
    try:
        bad()
    except (TypeError, IndexError, ValueError) as err:
        print(type(err).__name__, err)
try:
    a, b = t
except ValueError as err:
    print(type(err).__name__, err)
try:
    a, b, c, d = t
except ValueError as err:
    print(type(err).__name__, err)
try:
    a, b = 5
except TypeError as err:
    print(type(err).__name__, err)
