# Pins float repr/str: shortest round-trip digits, exponent notation thresholds, negative zero, inf/nan.
vals = [0.0, -0.0, 1.0, 0.5, 0.1, 0.7, 1.1, 2.675, 1 / 3, 2 / 3, 100.0, 1e15, 1e16, 1.5e16,
        123456789.123, 1e-4, 1e-5, 0.00012, 0.000012, 1e100, 1.23e-100, 9.999999999999999e22,
        1e23, 5e-324, 1.7976931348623157e308, 4.35, 0.3, 12345678901234567.0]
for v in vals:
    print(repr(v), str(v), -v)
for e in range(-7, 20, 3):
    print(e, 10.0 ** e, 1.5 * 10.0 ** e)
print(float("inf"), float("-inf"), float("nan"), -float("nan"), repr(float("inf")))
print([0.1, 1e16, -0.0], (1.5,), {1.0: 2.5})
print(str(1.0), str(10.0), str(1e1), str(123.0), str(1.0e-3))
print(0.1 * 3, 0.1 * 3 == 0.3, 1 / 10, 3 / 7, 22 / 7)
