# Pins format() specs for int, float and str: fill/align/sign/#/0/width/grouping/precision and every type.
ints = [0, 7, -7, 255, 1234567, -1234567]
for spec in ["", "d", "5d", "<5", "^7", "+", " ", "05", "x", "#X", "#o", "b", "#010b", ",", "_", "=8",
             "e", ".2f", "%", "g", "n", "*>10,", "0>6"]:
    print(repr(spec), "|".join(map(lambda n: format(n, spec), ints)))
floats = [0.0, -0.0, 1.5, -2.25, 1234.5678, 1e-7, 1e16, 0.1]
for spec in ["", "f", ".1f", "10.3f", "<10.2f", "e", ".3E", "g", ".2g", "G", "%", ".1%", "+.2f", " .1f", "010.2f",
             ",.2f", "_.1f", "#g", ".0f", "#.0f", "n", "^12"]:
    print(repr(spec), "|".join(map(lambda x: format(x, spec), floats)))
for v in [float("inf"), float("-inf"), float("nan")]:
    print(format(v, ""), format(v, "f"), format(v, "+e"), format(v, "08.2f"), format(v, "G"))
strs = ["", "a", "hello", "wide ✓"]
for spec in ["", "s", "5", "<5", ">5", "^5", "*^7", ".2", "8.3", "->6"]:
    print(repr(spec), "|".join(map(lambda s: format(s, spec), strs)))
print(format(65, "c"), format(0x263A, "c"), format(True, ""), format(True, "d"), format(None, ""))
for v, spec in [(1, "s"), ("x", "d"), (1.5, "d"), (1, ",c"), ("x", "+"), (3, "z")]:
    try:
        format(v, spec)
    except ValueError as e:
        print(type(e).__name__, e)
