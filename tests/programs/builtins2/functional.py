# Pins map/filter/zip/enumerate/reversed/sorted with key lambdas, laziness, multiple iterables, and their type names.
people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cy", 31, "la"), ("di", 19, "sf")]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(people, key=lambda p: p[2], reverse=True))
print([n for n, *_ in sorted(people, key=lambda p: len(p[0]))])
print(sorted(["Banana", "apple", "cherry"]), sorted(["Banana", "apple", "cherry"], key=str.lower))
print(sorted("hello"), sorted({3: "a", 1: "b"}), sorted((2, 1), reverse=True))
print(list(map(lambda x: x ** 2, range(5))), list(map(pow, [2, 3], [5, 2])), list(map(str.upper, "ab")))
print(list(map(lambda a, b, c: a + b + c, [1, 2, 3], [10, 20], [100, 200, 300])))
print(list(filter(lambda s: s.isdigit(), ["1", "a", "22"])), list(filter(None, [0, 1, "", "x", None, [], [0]])))
print(list(zip("abc", range(10), [True, False, None])), list(zip()), list(zip([1, 2])))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, "x"), (2, "y")])))
print(list(enumerate("xyz")), list(enumerate("xy", start=10)), list(enumerate([], 5)))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(0, 10, 3))), "".join(reversed("stressed")))
m = map(lambda x: print("mapping", x) or x, [1, 2])
print(type(m).__name__, type(filter(None, [])).__name__, type(zip()).__name__, type(enumerate([])).__name__)
print(next(m))
print(list(m), list(m))
print(type(reversed([])).__name__, type(reversed(range(3))).__name__)
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
class RevM:
    def __reversed__(self): return iter([9, 8])
print(list(reversed(Rev())), list(reversed(RevM())))
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
data = [5, 3, 8]
s = sorted(data)
print(s, data, s is data, data.sort(), data)
words = ["bb", "a", "ccc", "dd"]
print(sorted(words, key=len), max(words, key=len), min(words, key=len))
