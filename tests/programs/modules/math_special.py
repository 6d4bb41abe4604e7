# math.gamma, lgamma, erf, erfc with CPython's values and errors.
import math

values = [0.5, 1, 1.5, 2, 3.7, 5, 10, 22, 23, 24.5, 30.25, 99.9, 141.5, 170.5, 171.0,
          -0.5, -1.5, -2.25, -10.1, -150.5, -200.5, -250.75, 1e-21, -1e-21, 1e-8, 0.1,
          float("inf"), float("nan")]
for x in values:
    for name in ["gamma", "lgamma"]:
        try:
            r = getattr(math, name)(x)
        except (ValueError, OverflowError) as e:
            r = f"{type(e).__name__}: {e}"
        print(name, x, r)

for x in [0, -0.0, -1, -2, -100, float("-inf"), 171.7, 1e-320, 1e308, -1e308]:
    for name in ["gamma", "lgamma"]:
        try:
            print(name, x, getattr(math, name)(x))
        except (ValueError, OverflowError) as e:
            print(name, x, type(e).__name__, e)

for x in [0, 0.1, -0.1, 0.5, 1, 1.5, 2, 3, -3, 5.5, 10, 27, -27, 30, float("inf"), float("-inf")]:
    print("erf", x, math.erf(x), "erfc", math.erfc(x))
print(math.isnan(math.erf(float("nan"))), math.isnan(math.erfc(float("nan"))))

# integer-valued gamma is exact: (n-1)!
print(all(math.gamma(n) == math.factorial(n - 1) for n in range(1, 24)))
print(sum(math.lgamma(x / 7) for x in range(1, 100)))
print(sum(math.erf(x / 13) for x in range(-50, 60)))

for bad in ["x", None, [1]]:
    try:
        math.gamma(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    math.erf()
except TypeError as e:
    print("TypeError:", e)
try:
    math.lgamma(1, 2)
except TypeError as e:
    print("TypeError:", e)
