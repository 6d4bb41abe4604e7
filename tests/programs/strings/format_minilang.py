vals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 10**20, True, False]
specs = ["", "d", "5d", "<5d", ">5d", "^5d", "*^7d", "+d", " d", "-d", "05d", "+05d", "=+8d", "x", "X", "#x", "#X", "#010x",
         "o", "#o", "b", "#b", "#012b", ",", "_", "_x", "_b", ",d", "10,", "c", "n", "e", ".2e", "f", ".3f", "g", "%", ".1%", "E", "G", "015,d", "0=10"]
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except (ValueError, OverflowError, TypeError) as e:
            out.append("ERR:" + str(e))
    print(repr(v), out)
fv = [0.0, -0.0, 1.0, 3.14159, -2.5, 1e10, 1.5e-7, 123456.789, 1e100, float("inf"), float("-inf"), float("nan"), 0.1, 2.5, 1e16, 12345678901234567890.0]
fs = ["", "f", ".0f", ".2f", "10.3f", "<10.2f", "^10.1f", "+.2f", " .2f", "010.2f", ",.2f", "_.3f", "e", ".3e", "E", "g", ".3g", "G", ".10g", "#g", "#.3g", "%", ".2%",
      "#.0f", "#.0e", "n", ".3n", "012,.2f", "=+12.3f", "*>12g", ".0%", ".15g", ".17g", "r" ]
for v in fv:
    out = []
    for sp in fs:
        try:
            out.append(format(v, sp))
        except (ValueError, TypeError) as e:
            out.append("ERR:" + str(e))
    print(repr(v), out)
for v, sp in [("abc", "d"), ("abc", "x"), (1.5, "d"), (1.5, "x"), (1, "s"), (None, "d"), (None, ">5"), ("abc", "+"), ("abc", "="), ("abc", ","),
              (1, ".2d"), ("abc", "#"), (3, "c"), (-1, "c"), (0x110000, "c"), (65, "+c"), (1.5, "c"), ("abc", "05"), (1, ",_"), (1, "_,"), (1.0, "z.1f"),
              (-0.0001, "z.1f"), (1, "=^10"), (2, "10.2"), ("x", "10000000000000000000000"), ([1], ""), ([1], "x"), (object, ">3")]:
    try:
        print(repr(format(v, sp)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(format("abc", ".2"), format("abc", "^9.1"), format("abc", "*<6"), format("", "x^3"), format("日本", "^6"))
print("{:{}{}{}}".format(3.14159, ">", 10, ".2f"), "{0:{1}}".format("x", 5), "{:{w}.{p}f}".format(2.718281, w=10, p=3))
print("{0!r:>10} {0!s:<6}| {0!a}".format("é"), "{[0]} {[k]} {.real}".format([7], {"k": 8}, 9))
print("{{}} {{{0}}}".format(1), "{} {}".format(*"ab"), "{0}{1}{0}".format("x", "y"))
for bad in ["{", "}", "{0", "{!}", "{0!x}", "{:d}", "{} {0}", "{0} {}", "{a}", "{5}", "{0[}", "{0.}", "{0!r", "{:{:{}}}"]:
    try:
        print(repr(bad.format("s")))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(bad, type(e).__name__, e)
