# Pins str.format and str.format_map parsing: auto/manual numbering, names, attributes and items, conversions, nested specs, escaped braces and CPython's errors for malformed templates.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(3, [10, 20])
show("auto", lambda: "{} + {} = {}".format(1, 2, 3))
show("manual", lambda: "{1}{0}{1}".format("a", "b"))
show("names", lambda: "{x}-{y}".format(x=1, y="two"))
show("attr item", lambda: "{0.x} {0.y[1]} {p.y[0]}".format(p, p=p))
show("dict item", lambda: "{0[key]} {0[1]}".format({"key": "v", 1: "one"}))
show("chained", lambda: "{0[0][1]} {0[0].__class__}".format([[1, 2]]))
show("conversions", lambda: "{0!s} {0!r} {0!a}".format("é"))
show("spec", lambda: "{:>6}|{:<6}|{:^6}|{:06.2f}|{:,}|{:#x}".format("r", "l", "c", 3.14159, 1234567, 255))
show("nested spec", lambda: "{:{}{}}".format("x", ">", 5))
show("nested named", lambda: "{0:{fill}^{width}}".format("mid", fill="*", width=9))
show("nested auto", lambda: "{:{}} {}".format("a", 3, "b"))
show("braces", lambda: "{{}} {{{0}}} }}{{".format(7))
show("no fields", lambda: "plain text".format(1, 2, x=3))
show("unicode digits", lambda: "{٣}".format(0, 1, 2, 3))
show("conv then spec", lambda: "{0!r:^10}".format("x"))
show("empty", lambda: "".format())
for bad in ["{", "}", "a}b", "{0}{}", "{}{0}", "{1}", "{x}", "{0[5]}", "{0.nope}", "{!x}", "{!r", "{0!}", "{0!rr}",
            "{:{:{}}}", "{0:}}", "{0[", "{0]}", "{0.}", "{0[]}", "{.}", "{0[0]x}", "{0..a}", "{99999999999999999999}",
            "{0:x}", "{ 0 }", "{-1}", "{0[-1]}", "{:d}", "{0{}", "{x!}", "{x!:}", "{0[5]}{"]:
    show(repr(bad), lambda: bad.format([1, 2], "s", x="X"))
show("map", lambda: "{a} and {b[0]}".format_map({"a": 1, "b": ["z"]}))
show("map positional", lambda: "{}".format_map({}))
show("map numeric", lambda: "{0}".format_map({"0": 1}))
show("map missing", lambda: "{a}".format_map({}))
show("map not mapping", lambda: "{a}".format_map(1))
show("unbound", lambda: str.format())
show("descriptor", lambda: str.format(5))
