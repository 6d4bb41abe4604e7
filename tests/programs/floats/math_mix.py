# Pins int/float mixed comparisons and hashing-relevant equalities, abs/min/max/sum over floats.
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 30 == 1e30, 10 ** 22 == 1e22)
print(1 < 1.5 < 2, -1 > -1.5, 0 == -0.0, 3 >= 3.0, 10 ** 400 > 1e308, -(10 ** 400) < -1e308)
print(10 ** 400 > float("inf"), 10 ** 400 < float("inf"), float("nan") == 0)
print(sum([0.1] * 10), sum([1, 2.5, 3]), sum([], 0.0), sum([1, 2], 0.5))
print(max(1, 2.0), max(2.0, 2), max(2, 2.0), min(0, -0.0), min(-0.0, 0))
print(abs(-2.5), abs(2.5), abs(-0.0), abs(float("-inf")))
print(divmod(-7, 2.0), divmod(7, -2.0), 7 // -2.0, 7 % -2.0)
print(int(2.5) + 0.5, float(3) / 2, 3 / float(2), 3.0 * 2)
print([1, 2.0, 3] == [1.0, 2, 3.0], (1, 2) == (1.0, 2.0), {1: "a"}[1.0])
vals = [3, 1.5, -2, 0.25, 10, -7.5]
print(sorted(vals), sorted(vals, reverse=True), max(vals), min(vals))
x = 10
x /= 4
print(x, type(x).__name__)
x = 10
x //= 4.0
print(x)
x = 7
x *= 0.5
print(x)
print(0.1 + 0.7, (0.1 + 0.7) * 10, int((0.1 + 0.7) * 10))
