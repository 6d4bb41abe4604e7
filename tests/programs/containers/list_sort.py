# Pins list.sort and sorted: key, reverse, stability, mixed int/float, strings, tuples, and errors.
nums = [5, 2, 9, 1, 5, 6, -3, 0]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
words = ["banana", "Apple", "cherry", "date", "fig", "Elder"]
print(sorted(words), sorted(words, key=len), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted([3, 1.5, 2, -0.5, True]), sorted("hello"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
recs = [("x", 3), ("y", 1), ("z", 3), ("w", 1), ("v", 2)]
recs.sort(key=lambda r: r[1])
print(recs)
recs.sort(key=lambda r: -r[1])
print(recs)
print(sorted([[2, 1], [1, 2], [1], [2]]), sorted([], reverse=True), sorted([0]), sorted(range(5, 0, -1)))
big = []
x = 7
for i in range(30):
    x = (x * 31 + 11) % 101
    big.append(x)
print(sorted(big))
print(sorted(big, key=lambda v: (v % 10, v)))
for bad in [lambda: sorted([1, "a"]), lambda: [None, 1].sort(), lambda: sorted([1], key=5), lambda: [3, 2].sort(1)]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
