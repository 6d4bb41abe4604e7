import itertools as it
print(repr(it.count(3)), repr(it.count(1, 2)), repr(it.count(1.5, 0.5)), repr(it.repeat("a", 2)), repr(it.repeat(1)))
c = it.count(); next(c); print(repr(c))
print(list(it.islice(it.count(0.5, 0.25), 3)), list(it.islice(it.count(10, -3), 3)))
g = it.groupby("aabbc")
k1, g1 = next(g)
k2, g2 = next(g)
print(k1, list(g1), k2, list(g2))
print([list(g) for k, g in it.groupby([])])
print(list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([])), list(it.accumulate([], initial=5)))
a, b, c = it.tee(iter([1, 2]), 3)
print(next(a), list(b), list(a), list(c))
print(list(it.chain()), list(it.chain("a", [], "b")))
print(list(it.zip_longest()), list(it.zip_longest([1, 2], [3])))
print(list(it.product("ab", "cd", repeat=1)), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc")), list(it.permutations(range(3), 0)), list(it.permutations("ab", 5)))
print(list(it.combinations(range(4), 0)), list(it.combinations(range(5), 3))[:3])
print(list(it.starmap(lambda *a: sum(a), [(1, 2), (3,), ()])))
print(list(it.compress(range(5), it.cycle([True, False]))))
print(list(it.islice("abcdef", 1, None, 2)), list(it.islice("abc", 0)), list(it.islice("abc", 5, 10)))
try:
    it.islice("abc", "x")
except ValueError as e:
    print(e)
try:
    it.repeat()
except TypeError as e:
    print(e)
try:
    list(it.combinations("ab", -1))
except ValueError as e:
    print(e)
print(list(it.pairwise("a")), list(it.pairwise("abc")))
cy = it.cycle([])
print(list(cy))
print(list(it.takewhile(bool, [1, 0, 1])), list(it.dropwhile(bool, [1, 0, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(6))))
print(next(it.repeat(None)), list(it.repeat(7, 0)), list(it.repeat(7, -1)))
print(sum(1 for _ in it.combinations_with_replacement(range(4), 3)))
def gen():
    yield from range(3)
print(list(it.chain.from_iterable(gen() for _ in range(2))))
for k, grp in it.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda s: s[0]):
    print(k, list(grp))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
print(list(zip()), list(zip([1])), dict(zip("ab", range(2))))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda x, y: x + y, "ab", "cde")))
print(list(filter(None, [0, 1, "", "a", None])), list(enumerate("ab", start=5)))
print(list(reversed(range(5))), list(reversed([1, 2])), list(reversed("ab")), list(reversed((1, 2))))
try:
    reversed(5)
except TypeError as e:
    print(e)
e = enumerate([])
print(next(e, "empty"), iter(e) is e)
print(sorted("bca", reverse=True), sorted([3, 1, 2], key=lambda x: -x), sorted({"b": 1, "a": 2}))
print(min([], default=0), max([1, 5, 2], key=lambda x: -x), min("a", "b", key=str.upper), max([[1], [1, 2]], key=len))
try:
    max([])
except ValueError as e:
    print(e)
try:
    min(1)
except TypeError as e:
    print(e)
for args in [([1], [1, 2]), ([1, 2], [1]), ([1], [1], [1, 2]), ([1, 2], [1, 2], [1])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
print(list(zip([1], [2], strict=True)), list(zip(strict=True)))
