# Pins exceptions inside comprehensions and generator expressions: propagation, partial results, eager first iterable evaluation.
def risky(x):
    if x == 3:
        raise ValueError(f"bad {x}")
    return x * 10
try:
    print([risky(x) for x in range(5)])
except ValueError as e:
    print(type(e).__name__, e)
seen = []
try:
    {seen.append(x) or x: risky(x) for x in range(5)}
except ValueError as e:
    print("seen", seen, e)
g = (risky(x) for x in range(5))
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("lazy", e)
print(next(g, "dead"))
try:
    (1 / x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
lazy = (1 / x for x in [1, 0])
print("created without error")
try:
    list(lazy)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    [undefined_name for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)
try:
    [a for a, b in [(1, 2), (3,)]]
except ValueError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
def safe(items):
    out = []
    for it in items:
        try:
            out.append(int(it))
        except ValueError:
            out.append(None)
    return out
print(safe(["1", "x", "3"]), [int(s) for s in "1 2 3".split() if s.isdigit()])
print(sum(x for x in range(5) if x != 2), min((x for x in [] ), default="empty"))
try:
    max(x for x in [])
except ValueError as e:
    print(type(e).__name__, e)
