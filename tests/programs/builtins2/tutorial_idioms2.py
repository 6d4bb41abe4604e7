# More tutorial idioms: itertools, functools, dict/list methods, formatting, rounding.
import itertools, functools, operator, collections
print(list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.repeat("x", 2)))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.compress("abcd", [1, 0, 1, 0])), list(itertools.filterfalse(None, [0, 1, 0, 2])))
print(list(itertools.pairwise("abcd")), [list(t) for t in itertools.tee([1, 2], 2)], list(itertools.cycle("ab"))[:0] if False else list(itertools.islice(itertools.cycle("ab"), 5)))
p = functools.partial(int, base=2); print(p("101"), p.func, p.keywords)
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
def deco(f):
    @functools.wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def hello(x):
    "doc"
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__(3))
print(operator.attrgetter("real")(3), operator.methodcaller("upper")("a"), operator.add(1, 2), operator.neg(5), operator.truth(0))
dd = collections.defaultdict(int); dd["a"] += 1; print(dd, dict(dd))
c1 = collections.Counter("aab"); c2 = collections.Counter("abc")
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, sorted(c1.elements()), c1.total())
d = {"b": 2, "a": 1}
print(sorted(d), sorted(d.items()), min(d, key=d.get), {**d, "c": 3}, d | {"z": 0}, list(d.keys() & {"a"}))
d.setdefault("q", []).append(1); print(d, d.pop("q"), d.get("x", "dflt"), d.popitem())
l = [5, 3, 8]; l.sort(); l.insert(0, 9); l.extend((1,)); l.remove(8); print(l, l.index(3), l.count(9), l.pop(), l)
print([[0] * 2 for _ in range(2)], [i for i in range(10) if i % 2][::2], list(range(10, 0, -3)), range(5)[1:3], len(range(0, 10, 3)))
print("a-b-c".rsplit("-", 1), "a\nb\r\nc".splitlines(), "abc".startswith(("x", "a")), "x".isalpha(), "12".isdigit(), " ".isspace(), "Ab".isupper())
print("hello"[1:-1], "hello".find("l"), "hello".rfind("l"), "hello".replace("l", "L", 1), "hello".partition("l"), "hello".rpartition("l"))
print("{:*^10}".format("mid"), "{:,.2f}".format(1234567.891), "{:e}".format(0.000123), "{:_}".format(10**6), "{:o}".format(64), "{!s:5}|".format(None))
print(format(-1.5, "+.1f"), format(3, "5"), format("s", "5"), format(True, "d"), format(12.0, "n"), format(0.1, ".20f"), format(1/3, ".15g"))
print(f"{'a':<3}|{'b':>3}|{1.23456e-5:.3g}|{123456789:.3e}|{float('nan'):f}|{float('-inf'):>6}")
print(round(-2.5), round(2.675, 2), round(5, -1), round(15, -1), round(25, -1), round(1.5), round(-1.5), round(0.5e-3, 3))
print(divmod(-7.5, 2), divmod(0, 5), divmod(10**20, 7), 7.0 // 2, -7.0 % 3, 1e300 * 1e10)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["a10", "a9", "a1"]), sorted([3, 1, 2], reverse=True), sorted({3: 0, 1: 0}))
data = [("alice", 30), ("bob", 25), ("carol", 30)]
print(sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: (-t[1], t[0])))
print(all([]), any([]), all(x > 0 for x in [1, 2]), sum(range(101)), max("apple", "banana", key=len), min([3, 1], default=9))
print(list(map(lambda x, y: x + y, [1, 2], [3, 4])), list(zip(*[(1, 2), (3, 4)])), dict.fromkeys("ab", 0), list(enumerate([])))
print(isinstance(3, (str, int)), callable(len), hasattr(3, "real"), getattr(3, "nope", "d"), id(1) == id(1), hash(1) == hash(1.0))
print(chr(65), ord("a"), str(12).rjust(5, "0"), repr(3.0), str(-0.0), 5 / 2, 6 / 2, 2 ** 0.5 * 2 ** 0.5, 0.1 * 3)
print(int.from_bytes(b"\x01\x00", "big"), (255).to_bytes(2, "little"), (10).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else 0)
print(list(iter([1, 2].pop, 1)) if False else "skip", next(iter([]), "empty"), [*"ab", *range(2)], {*"aa"})
a, *b, c = range(5); print(a, b, c)
(x, y), z = (1, 2), 3; print(x, y, z)
print(" ".join(f"{i:2d}" for i in range(3)), "\t".expandtabs(), "%-5s|" % "ab", "%05.1f" % 3.14159, "%+d" % 5, "%c" % 65)
