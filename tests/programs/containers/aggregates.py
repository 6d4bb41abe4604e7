# Pins min/max (key, default, multiple args), sum (start), sorted (key, reverse), any/all with short-circuit.
data = [3, -7, 12, 0, 5, -1]
print(min(data), max(data), min(data, key=abs), max(data, key=abs), min(3, 1, 2), max("b", "a", "c"))
print(min([], default="none"), max([], default=None), min([4], default=0), max((), key=len, default="d"))
print(max(["aa", "b", "ccc", "dd"], key=len), min(["aa", "b", "ccc", "dd"], key=len), max("abc", "abd", "ab"))
print(max([1, 3, 3.0, 2]), max([3.0, 3, 1]), min([(2, "b"), (1, "z"), (1, "a")]), max({"x": 1, "y": 0}))
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=lambda w: w[-1]), min(words, key=lambda w: (len(w), w)))
print(sum(data), sum([]), sum([1.5, 2.5]), sum(range(10), 100), sum([[1], [2, 3]], []), sum([0.1] * 3))
print(sum(((1, 2), (3,)), ()), sum([True, True, False]), sum([10 ** 20, 1, -(10 ** 20)]))
print(any([]), all([]), any([0, "", None]), any([0, 3]), all([1, "a", [0]]), all([1, 0, 1]))
print(any(map(lambda v: v > 10, data)), all(map(lambda v: v < 20, data)), any(map(lambda v: v > 99, data)))
calls = []
def check(v):
    calls.append(v)
    return v > 2
print(any(map(check, [1, 2, 3, 4, 5])), calls)
calls.clear()
print(all(map(check, [3, 4, 1, 5])), calls)
print(sorted(data, key=abs), sorted(data, key=lambda v: -v), sorted(words, key=len, reverse=True))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: sum(["a", "b"], ""), lambda: sum([1, "a"]),
            lambda: min([1, "a"]), lambda: max([], key=len)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
