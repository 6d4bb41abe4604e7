# Pins float arithmetic, int/float mixing, true division, comparisons and float special values.
a, b = 7.5, 2.0
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(1 + 2.0, 3 * 0.5, 10 / 4, 10 // 4.0, 2 ** 0.5, -3 * 1.5, 5 - 5.0)
print(0.1 + 0.2 == 0.3, 0.1 + 0.2, 1.1 + 2.2, 3.3 * 3, 1 - 0.9)
print(1.0 == 1, 2.5 > 2, 2 < 2.5, 0.0 == -0.0, 1e16 + 1 == 1e16, 2 ** 53 + 1 == float(2 ** 53 + 1))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf * -1, inf - inf, inf * 0, 1 / inf, -1 / inf, inf > 10 ** 300)
print(nan == nan, nan != nan, nan < 1, nan > 1, inf == inf, -inf < inf)
print(nan + 1, nan * 0, max(1.0, 2.0), min(-0.0, 0.0), abs(-inf))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
total = 1.0
for i in range(1, 20):
    total = total * 1.5 - i / 7
print(total)
print(3.0 * 1.1, 100.0 / 3.0, 2.0 / 3.0 * 3.0, 1e308 * 10, -1e308 * 10)
print(float(1), float(-5), 7.0 == 7, 7.0.is_integer(), 7.5.is_integer())
print(type(1 + 1.0).__name__, type(True + 1.0).__name__, type(4 / 2).__name__)
print(1e-320 / 1e10, 5e-324 / 2, 1e300 * 1e10 / 1e10)
print(10 ** 20 + 0.5, 2 ** 60 * 1.0, 3 / 10 ** 20, 10 ** 20 / 3.0)
