# Pins round(): half-to-even for ints and floats, ndigits (incl. negative), round(x) returns int.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375]:
    print(v, round(v), type(round(v)).__name__, round(v, 1), round(v, 2))
print(round(2.675, 2), round(1.005, 2), round(2.5), round(3.5), round(-3.5))
print(round(1234.5678, -2), round(1234.5678, 0), round(1234.5678, 3), round(-1234.5678, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(7), round(7, 2), round(-7, -5), type(round(7, 2)).__name__, type(round(7.0, 2)).__name__)
print(round(1e20), round(1.5e16), round(123.456, 10), round(0.1 + 0.2, 15))
print(round(5.55, 1), round(0.285, 2), round(1 / 3, 5), round(-0.0), round(-0.4))
print(round(float("inf"), 2), round(float("nan"), 1))
for bad in [float("inf"), float("nan")]:
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(True), round(False, 3), round(10 ** 30 + 5, -1))
