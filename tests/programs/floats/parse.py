# Pins float() parsing of strings: signs, exponents, underscores, inf/nan spellings, whitespace, errors.
good = ["1", "1.5", "-2.25", "+3.", ".5", "1e3", "1E-3", "  42.0  ", "1_000.5", "inf", "-Infinity",
        "INF", "nan", "-NaN", "+inf", "0", "-0", "1e500", "-1e500", "1e-500", "10",
        "\t7\n", "3.141592653589793238462643383279", "123456789012345678901234567890"]
for s in good:
    print(repr(s), float(s))
bad = ["", " ", "abc", "1.2.3", "1e", "e5", "1_", "_1", "1__0", "infinity and beyond", "0x10", "--1", "1 2"]
for s in bad:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
print(float(), float(7), float(True), float(-2 ** 60), float(10 ** 20))
try:
    float(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([1.0])
except TypeError as e:
    print(type(e).__name__, e)
print(float("1e16"), float("0.1") + float("0.2"), float(" -0.0 "))
