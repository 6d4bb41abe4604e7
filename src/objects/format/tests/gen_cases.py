"""Writes the expected-output tables in data/ by asking CPython 3.11 (the oracle).

Run from this directory with `python3.11 gen_cases.py`; the output is deterministic
(fixed random seed). Line format: fields separated by tabs, each field escaped with
backslash escapes for backslash, tab and newline. A result field is `=text` for a
value or `!ExceptionName: message` for an error.
"""

import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "the oracle is CPython 3.11"

rng = random.Random(20240611)


def esc(text):
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def outcome(fn):
    try:
        return "=" + fn()
    except Exception as e:  # the error is the expectation
        return "!%s: %s" % (type(e).__name__, e)


def write(name, rows):
    with open("data/%s.txt" % name, "w") as f:
        for row in rows:
            f.write("\t".join(esc(str(field)) for field in row) + "\n")


TRICKY_FLOATS = [
    0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1.0, -1.0, 2.5, 0.5, 1.5, -2.5, 2.675, 1e22, 1e23,
    1e-7, 1e-5, 1e-4, 0.0001, 0.001, 1e15, 1e16, 1e17, 9999999999999998.0, 5e-324, 1e-323,
    2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, 2.0 ** 53,
    2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 123456789.123, 123456789012345.0, 1234567890123456.0,
    12345678901234567.0, 2e16 + 8, 1 / 3, 2 / 3, math.pi, math.e, -math.pi, 100.0, 1234.5,
    0.125, 0.375, 9.995, 9.9999, 99.5, 0.05, 0.15, 0.25, 0.35, 1e100, 1e-100, 1.5e300,
    123.456, -123.456, 1e21, 1e-6, 0.000123, 4.35, 1.005, 7.0e-10, 3.14159e-5, 65536.0,
    float("inf"), float("-inf"), float("nan"),
]


def random_float():
    kind = rng.randrange(4)
    if kind == 0:
        while True:
            x = struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
            if math.isfinite(x):
                return x
    if kind == 1:
        return round(rng.uniform(-1000, 1000), rng.randrange(0, 6))
    if kind == 2:
        return rng.randrange(-10**6, 10**6) / 10 ** rng.randrange(0, 8)
    return rng.choice([1, -1]) * rng.random() * 10 ** rng.randrange(-30, 30)


def gen_float_repr():
    rows = []
    values = TRICKY_FLOATS + [random_float() for _ in range(1500)]
    values += [i / 10 for i in range(-50, 200)] + [i * 0.01 for i in range(100)]
    for x in values:
        rows.append((bits(x), repr(x)))
    write("float_repr", rows)


INT_VALUES = [0, 1, -1, 7, -7, 42, 255, -255, 1000, 1234, -1234, 65535, 10**6, 123456789,
              -987654321, 2**31, 2**63 - 1, -2**63, 2**64, 10**20, -10**25, 2**100, 3**70,
              97, 0x10FFFF, 0x110000, 1114111]

FILL_ALIGN = ["", "", "", "<", ">", "^", "=", "*<", "*>", "*^", "*=", "0=", "0<", "x^", "é>",
              "<<", "0>"]
SIGNS = ["", "", "+", "-", " "]
WIDTHS = ["", "", "1", "5", "8", "12", "20", "07", "010"]
GROUPS = ["", "", "", ",", "_"]
PRECS = ["", "", ".0", ".1", ".2", ".3", ".6", ".12", ".17", ".25"]
INT_TYPES = ["", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s",
             "z"]
FLOAT_TYPES = ["", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "s"]
STR_TYPES = ["", "", "s", "d"]


def random_spec(types, precs=PRECS):
    return "".join([
        rng.choice(FILL_ALIGN), rng.choice(SIGNS), rng.choice(["", "", "", "z"]),
        rng.choice(["", "", "#"]), rng.choice(["", "", "0"]), rng.choice(WIDTHS),
        rng.choice(GROUPS), rng.choice(precs), rng.choice(types),
    ])


def gen_format():
    rows = []
    fixed_specs = ["", "d", "5", "<5", "^7", "*^9", "=+8", "+", " ", ",", "_", "_x", "_b",
                   "#x", "#X", "#o", "#b", "#010x", "08,", "09,", "010,", "012_", "x", "X",
                   "o", "b", "c", "n", ",d", ".2", ".2f", "e", ".3e", "g", "%", ".1%", "f",
                   "zd", "abc", ",x", "_c", ",_", "_,", ".", "+c", "#c", "s", "z", "\x01", "é"]
    for v in INT_VALUES:
        for spec in fixed_specs:
            rows.append(("i", v, spec, outcome(lambda: format(v, spec))))
    for _ in range(1000):
        v = rng.choice(INT_VALUES + [rng.randrange(-10**12, 10**12) for _ in range(5)])
        spec = random_spec(INT_TYPES, ["", "", "", "", ".2"])
        rows.append(("i", v, spec, outcome(lambda: format(v, spec))))
    for v in [True, False]:
        for spec in ["", "d", "5", "x", "s", "z", "f", ".2"]:
            rows.append(("b", int(v), spec, outcome(lambda: format(v, spec))))
    for v in [2**1024 - 2**970, 2**1024 - 2**971, 10**400, 2**53 + 1, 2**54 + 3]:
        for spec in ["e", "f", ".3g", "%"]:
            rows.append(("i", v, spec, outcome(lambda: format(v, spec))))
    float_specs = ["", "f", ".0f", ".1f", ".2f", ".3f", ".10f", ".20f", ".30f", ".60f",
                   "e", ".0e", ".3e", ".16e", ".30e", "g", ".0g", ".1g", ".3g", ".10g", ".17g",
                   "#g", "#.3g", "#.0f", "#.0e", "#", ".3", ".12", "n", ".3n", "%", ".2%", "+",
                   " ", "z", "z.1f", "z.3g", "012", "012,", "015,.2f", "_", ",.3f", "^12", "=+12",
                   "E", "G", "F", ".3E", ".20G", "d", "x", "abc", ",n", "0=10", "#.5", ".100e"]
    for x in TRICKY_FLOATS:
        for spec in float_specs:
            rows.append(("f", bits(x), spec, outcome(lambda: format(x, spec))))
    for _ in range(1500):
        x = rng.choice(TRICKY_FLOATS + [random_float() for _ in range(3)])
        spec = random_spec(FLOAT_TYPES)
        rows.append(("f", bits(x), spec, outcome(lambda: format(x, spec))))
    str_values = ["", "a", "abc", "hello world", "héllo", "日本語", "x" * 30]
    str_specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*^9", "0", "05", ".2", ".0", "10.3",
                 "=5", "+", " ", "-", "#", ",", "_", "z", "d", "0<5", "x>4", "é^7", ".100",
                 "abc", "<<3", ",s"]
    for v in str_values:
        for spec in str_specs:
            rows.append(("s", v, spec, outcome(lambda: format(v, spec))))
    for _ in range(600):
        v = rng.choice(str_values)
        spec = random_spec(STR_TYPES, ["", "", ".0", ".2", ".5"])
        rows.append(("s", v, spec, outcome(lambda: format(v, spec))))
    write("format", rows)


def enc_value(v):
    if isinstance(v, bool):
        return "b:%d" % v
    if v is None:
        return "n:"
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:" + bits(v)
    if isinstance(v, str):
        return "s:" + v
    if isinstance(v, tuple):
        return "T[" + "|".join(enc_value(x) for x in v) + "]"
    if isinstance(v, list):
        return "L[" + "|".join(enc_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "D[" + "|".join(k + "=" + enc_value(x) for k, x in v.items()) + "]"
    raise TypeError(v)


def gen_printf():
    rows = []
    fixed = [
        ("%s", ("abc",)), ("%s", "abc"), ("%d", 5), ("%d", (5,)), ("%5d|%-5d|%05d", (42, 42, 42)),
        ("%+d % d %+d", (5, 5, -5)), ("%x %X %o %#x %#X %#o", (255, 255, 8, 255, 255, 8)),
        ("%#08x|%-#8x|%#8X", (255, 255, 255)), ("%.3d|%8.3d|%-8.3d|%08.3d", (5, -5, 5, 5)),
        ("%f %e %g %E %G %F", (1.5,) * 6), ("%.2f", 2.675), ("%.0f %.0f %.0f", (0.5, 1.5, 2.5)),
        ("%.20f", 0.1), ("%.500f", 1 / 3), ("%10.3f|%-10.3f|%010.3f|%+.3f", (math.pi,) * 4),
        ("%#.0f %#.0e %#g %#.3g", (1.0, 1.0, 1.0, 1.0)), ("%g %g %g", (1e-5, 1e16, 123456789.0)),
        ("%c%c%c", ("a", 98, 0x20AC)), ("%5c|%-5c", ("x", "y")), ("%r %a %s", ("é", "é", "é")),
        ("%.2s|%5.1s|%-5.3r", ("abcdef", "xyz", "xyz")), ("%*d|%-*d|%*d", (5, 1, 5, 2, -5, 3)),
        ("%.*f", (2, math.pi)), ("%.*f", (-3, math.pi)), ("%*.*f", (10, 2, math.e)),
        ("%ld %hd %Lf", (1, 2, 3.0)), ("%%", ()), ("100%% %s", "x"), ("%(a)s %(b)d", {"a": "x", "b": 7}),
        ("%(a)s", {"a": 1.5}), ("%(a)5.1f|", {"a": 2.25}), ("%s", {"a": 1}), ("abc", []),
        ("abc", {}), ("abc", 5), ("abc", ()), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%y", ()),
        ("%y", (1,)), ("%5%", (1,)), ("%5%", ()), ("%", ()), ("abc%", ()), ("%(a", {"a": 1}),
        ("%(a)", {"a": 1}), ("%(a)s", (1,)), ("%(a)s %s", {"a": 1}), ("%*d", ("a", 1)),
        ("%d", "a"), ("%x", 1.5), ("%i", "a"), ("%u", None), ("%o", "x"), ("%d", 3.99),
        ("%d", -3.99), ("%d", True), ("%x", True), ("%f", "a"), ("%f", 3), ("%f", True),
        ("%c", "ab"), ("%c", -1), ("%c", 1.5), ("%c", 0x110000), ("%c", 2**70), ("%s", None),
        ("%r", None), ("%s|%r", (True, False)), ("%d", 2**100), ("%x", -2**70), ("%.3e", 2**60),
        ("%s %r", (1.5, 1e16)), ("%i", 10**20), ("%\u00e9", (1,)), ("%\x01", (1,)),
        ("%-+08.2f|", -1.5), ("% 08.2f|", 1.5), ("%+08d|%-08d|", (-3, -3)), ("%#5o|%#05o", (8, 8)),
        ("%#x", 0), ("%#o", 0), ("%#X", -255), ("%.0d", 0), ("%e", float("inf")),
        ("%f|%5f|%-6F|%+f", (float("nan"), float("inf"), float("inf"), float("-inf"))),
        ("%05s|%-05d", ("ab", 7)), ("%.1s", "日本"), ("%3s|", "日本"), ("%s", "a" * 10),
        ("%(x)s%(x)r", {"x": "q"}), ("%((x))s", {"(x)": 1}), ("%s", [1]), ("%s %s", [1, 2]),
        ("%99999999999999999999d", 1), ("%.99999999999d", 1), ("%.2147483647s", "a"),
        ("%*d", (2**70, 1)), ("%.*f", (2**40, 1.0)), ("%*s", (True, "a")), ("%.*s", (1.5, "a")),
        ("%a", "x\u20ac"), ("%d%%", 50), ("%s", ()), ("%s", ((1,),)),
    ]
    for fmt, args in fixed:
        rows.append((fmt, enc_value(args), outcome(lambda: fmt % args)))
    convs = "diuoxXeEfFgGcrsa"
    for _ in range(1500):
        flags = "".join(rng.sample("-+ #0", rng.randrange(0, 3)))
        width = rng.choice(["", "", "1", "6", "12", "*"])
        prec = rng.choice(["", "", ".0", ".2", ".5", ".12", ".*"])
        length = rng.choice(["", "", "", "l", "h"])
        conv = rng.choice(convs)
        args = []
        if width == "*":
            args.append(rng.choice([4, 9, -7, 0]))
        if prec == ".*":
            args.append(rng.choice([0, 1, 3, 8, -2]))
        if conv in "diuoxX":
            value = rng.choice([0, 7, -7, 255, -4096, 2**40, -(10**18), 3.7, True])
        elif conv in "eEfFgG":
            value = rng.choice(TRICKY_FLOATS[:60] + [random_float(), 12, -3, False])
        elif conv == "c":
            value = rng.choice(["a", "é", 65, 0x20AC])
        else:
            value = rng.choice(["abc", "héllo", 12, -3.25, None, True, "", "a b"])
        args.append(value)
        fmt = "<%" + flags + width + prec + length + conv + ">"
        rows.append((fmt, enc_value(tuple(args)), outcome(lambda: fmt % tuple(args))))
    write("printf", rows)


def gen_parse_int():
    rows = []
    texts = ["0", "1", "-1", "+1", " 12 ", "\t12\n", "1_000", "1__0", "_1", "1_", "0x10",
             "0X1f", "0o17", "0O17", "0b101", "0B1", "010", "00", "0_0", "000", "0_7", "-0x10",
             "0x", "0x_1", "0x__1", "0x1_", "0_x1", "abc", "ABC", "z", "Z", "", " ", "+", "-",
             "--1", "+-1", "1 2", "12a", "1.5", "1e5", "١٢٣", "\u0661\u0662", "\uff11\uff12",
             "\u00a012\u2003", "\x1c12", "12\x00", "\x0b12\x0c", "9" * 30, "-" + "9" * 40,
             "0b", "0b2", "0o8", "1_2_3", "12_", " 1_0 ", "0x1g", "٠x10", "\u20001"]
    for text in texts:
        for base in [0, 2, 8, 10, 16, 36, 3, 7]:
            def parse():
                return str(int(text, base))
            rows.append((text, base, outcome(parse)))
    write("parse_int", rows)


def gen_parse_float():
    rows = []
    texts = ["0", "1", "-1", "+1.5", " 1.5 ", "1e5", "1E5", "1e+5", "1e-5", "1e", "e5", ".5",
             "5.", ".", "-.5", "+.e1", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1.5_e3",
             "1.5e_3", "1.5e3_0", "inf", "-inf", "+inf", "Infinity", "-INFINITY", "infinit",
             "nan", "-nan", "NaN", "+NAN", "nan1", "in", "", " ", "abc", "0x1p3", "1e400",
             "-1e400", "1e-400", "2.5e-324", "2.4703282292062328e-324", "4.9e-324",
             "0.1000000000000000055511151231257827", "1.7976931348623158e308",
             "1.7976931348623159e308", "١.٥", "\u00a01.5\u2003", "1.5\x00", "12" + "0" * 400,
             "0." + "0" * 400 + "1", "123456789012345678901234567890", "1 .5", "- 1",
             "1e5.5", "++1", "1..5", "\t\n1\r", "\x1c1", "0_0", "00", "007.5", "1e0010"]
    for text in texts:
        try:
            rows.append((text, "=" + bits(float(text))))
        except ValueError:
            rows.append((text, "!"))
    write("parse_float", rows)


def gen_round():
    rows = []
    values = TRICKY_FLOATS + [random_float() for _ in range(400)] + [
        1250.0, 1350.0, 150.0, 250.0, 0.5, 1.5, 2.5, 5e-5, 1234.5678, 0.285, 0.0285, 1e308,
        -1e308, 5.0, 15.0, 25.0, 45.0, 55.0, 449.99999999999994]
    for x in values:
        for nd in rng.sample([-400, -309, -308, -300, -20, -5, -3, -2, -1, 0, 1, 2, 3, 5, 10,
                              16, 17, 20, 100, 322, 323, 324, 1000], 6):
            rows.append((bits(x), nd, outcome(lambda: bits(round(x, nd)))))
    write("round", rows)


def gen_int_radix():
    rows = []
    for v in INT_VALUES + [-v for v in INT_VALUES] + [7**100, -(5**200)]:
        rows.append((v, bin(v), oct(v), hex(v), outcome(lambda: str(v))))
    write("int_radix", rows)


gen_float_repr()
gen_format()
gen_printf()
gen_parse_int()
gen_parse_float()
gen_round()
gen_int_radix()
