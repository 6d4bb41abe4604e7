# Pins enumerate, zip, map, filter, reversed: results, start arguments, laziness via list(), exhaustion.
names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, 1)), list(enumerate("ab", start=-1)), list(enumerate([])))
for i, n in enumerate(names, 10):
    print(i, n, end="; ")
print()
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcd", (True, False, None))), list(zip()), list(zip([1])))
print(dict(zip(names, range(3))), list(zip(*[(1, "a"), (2, "b")])))
print(list(map(len, names)), list(map(str.upper, names)), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(map(int, ["1", "-2", "30"])), list(map(abs, (-1, 2, -3))), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "x", None, [], [0], False, 2.5])), list(filter(lambda v: v % 2, range(10))))
print(list(filter(str.isdigit, ["1", "a", "22", ""])), list(filter(None, ())))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(3))), list(reversed([])))
print("".join(reversed("stressed")), list(reversed(list(enumerate("xy")))))
m = map(lambda v: v * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip("ab", [1, 2])
print(next(z), next(z), next(z, "end"))
f = filter(lambda v: v > 1, [1, 2, 3])
print(list(f), list(f))
e = enumerate("hi")
print(next(e), list(e))
r = reversed([1, 2])
print(next(r), next(r), next(r, None))
it = iter([10, 20])
print(next(it), next(it))
try:
    next(it)
except StopIteration as err:
    print(type(err).__name__, repr(err))
for bad in [lambda: list(zip(1)), lambda: list(map(len, 5)), lambda: reversed(5), lambda: enumerate(5),
            lambda: list(map(len, [1])), lambda: iter(5)]:
    try:
        bad()
    except TypeError as err:
        print(type(err).__name__, err)
