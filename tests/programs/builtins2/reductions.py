# Pins any/all (short-circuit), min/max with key/default and ties, sum with start, len/abs/round/divmod on common values.
print(any([]), all([]), any([0, "", None]), all([1, "x", [0]]), any(x > 3 for x in [1, 5]), all(x for x in [1, 0]))
def noisy(v):
    print("eval", v)
    return v
print(any(noisy(v) for v in [0, 1, 2]))
print(all(noisy(v) for v in [1, 0, 2]))
print(max(3, 7, 1), min(3, 7, 1), max([2, 9, 4]), min("hello"), max("apple", "pear", key=len))
print(max([], default="none"), min([], default=0), max([5], default=9), min((), key=abs, default=None))
print(max([-5, 3, 4], key=abs), min([-5, 3, -3], key=abs), max([(1, "b"), (1, "a")]))
print(max([1, 3, 3.0], key=lambda x: x), min([2, 2.0]), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
words = ["pear", "fig", "plum", "kiwi"]
print(max(words, key=len), min(words, key=len), max(enumerate(words), key=lambda p: p[1]))
for args in ([], ()):
    try:
        max(args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    min()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2, 3]], []), sum([0.1] * 10), sum(range(101)), sum([], 5))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
print(abs(-3), abs(2.5), abs(-0.0), abs(True), round(2.5), round(3.5), round(2.675, 2), round(-1.5), round(17, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2), pow(2, 10), pow(2, -1), pow(3, 4, 5))
scores = {"ann": 88, "bob": 95, "cy": 95}
best = max(scores, key=scores.get)
print(best, sorted(scores, key=lambda k: (-scores[k], k)), sum(scores.values()) / len(scores))
print(len("héllo"), len([1, [2, 3]]), len({}), len(range(0, 100, 7)), len({1: 2, 3: 4}.items()))
