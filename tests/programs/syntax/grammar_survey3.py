class G:
    def __getitem__(self, k): return k
g = G()
idx = (1, 2)
print(g[*idx], g[0, *idx], g[*idx, 5:6])
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            if i == 2:
                break
    return out
print(loop_finally())
def finally_continue():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            continue
    return out
print(finally_continue())
def gen_finally_return():
    try:
        yield 1
        raise KeyError("lost")
    finally:
        return "swallowed"
gr = gen_finally_return(); next(gr)
try:
    next(gr)
except StopIteration as e:
    print("stop value", e.value)
print(1 in [1] in [[1]], 2 not in [1] not in [[1]])
f = lambda x: x if x else (lambda: "inner")
print(f(0)(), f(5))
print([y for x in range(5) if (y := x * 2) > 4], y)
d1 = {"a": 1}; d1 |= {"b": 2}; print(d1 | {"a": 0})
lam = lambda a, /, b, *, c=3: (a, b, c)
print(lam(1, b=2), lam(1, 2, c=4))
x = 5
print(x if x > 3 else -x, (x > 3) + (x > 4), not x == 5, -x ** 2, (-x) ** 2)
print(1 + 2 * 3 ** 2 // 4 % 5 - 6, 2 ** -2, 10 - 2 - 3, 2 ** 2 ** 3, 100 / 10 / 5)
print(True or 1 / 0, False and 1 / 0, None if None else "falsy-None")
print(3 & 5 | 2 ^ 7, 1 << 2 + 1, ~0 & 0xFF, -7 >> 1, -7 // 2)
a = b = 0
a += 1
print(a, b)
nested = {"l": [1, {"t": (2, [3, {4}])}]}
print(nested, nested["l"][1]["t"][1][1])
s = "x"
s *= 3
print(s)
tup = (1, 2) + (3,)
tup += tup[:1]
print(tup)
def ann(a: "x" = 1, *args: int, b: float = 2.0, **kw: dict) -> None: pass
print(ann.__annotations__)
v: int = 5
w: list
print(v, "w" in dir())
print(__annotations__ if "__annotations__" in dir() else "none")
class AnnC:
    x: int
    y: str = "s"
print(AnnC.__annotations__, hasattr(AnnC, "x"), AnnC.y)
if (n := len("abc")) == 3: print("walrus if", n)
items = iter([1, 2, 0, 3])
while (item := next(items)) != 0:
    print("item", item)
print(*(i for i in range(3)))
print(*"abc", sep=",")
print(dict(**{"a": 1}, b=2), {**dict(a=1), **dict(b=2)})
def kwargs_order(**kw): return list(kw)
print(kwargs_order(z=1, a=2, m=3))
print([*map(str, range(3))], {*"aab"} == {"a", "b"})
print(type(x for x in []).__name__, type([x for x in []]).__name__)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted(["B", "a", "C"], key=str.lower))
print("".join(reversed("abc")), "abc"[::-1], list(range(10))[-3:], [1, 2, 3][-1::-2])
print(0.1 + 0.7, 1.1 * 3, 1e-7, 123e30, float("nan") == float("nan"), 1 / 7)
print(round(0.125, 2), round(2.675, 2), 7 / 2, 7 // 2, -7 / 2, int(-7 / 2))
print(bin(-5), hex(-255), oct(8), int("-101", 2), f"{-5:b}", format(255, "X"), format(3.5, "e"))
