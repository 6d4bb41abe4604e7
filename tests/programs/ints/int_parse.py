# Pins int() parsing: bases 2-36, base 0 prefixes, underscores, whitespace, signs, and error messages.
print(int("42"), int(" -42 "), int("+7"), int("0"), int("-0"), int("007"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("101", 2), int("z", 36), int("Zz", 36), int("10", 3), int("-1a", 16))
print(int("0b_1010", 0), int("1_0", 0), int("0", 0), int("  0x_1f  ", 16))
print(int(3.99), int(-0.5), int(1e20), int(True), int("12345678901234567890123"))
print(int(), int(" \t\n12\n"), int("-0b11", 0), int("0O7", 0))
bad = ["abc", "", " ", "1.5", "1_", "_1", "1__0", "0x", "12a", "--1", "0b2"]
for s in bad:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
for s, base in [("9", 8), ("g", 16), ("012", 0), ("1", 37), ("2", 2), ("0x1", 10)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print(type(e).__name__, e)
for v in [float("inf"), float("nan")]:
    try:
        int(v)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    int(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
