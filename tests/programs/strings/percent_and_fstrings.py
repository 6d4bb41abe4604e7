print("%s %r %a" % ("é", "é", "é"))
print("%d %i %u %o %x %X %e %E %f %F %g %G %c %%" % (42, -3, 7, 8, 255, 255, 12345.678, 0.00012, 3.14159, 2.5, 1e-5, 1e20, 65))
print("%5d|%-5d|%05d|%+d|% d|%+05d|%#x|%#o|%#X|%#5x|%-#8o|" % (1, 2, 3, 4, 5, -6, 255, 8, 255, 10, 9))
print("%.2f|%10.3f|%-10.1f|%010.2f|%+.1e|%.0f|%#.0f|%.3g|%#g|%10.4s|%-6s|%.1s" % (3.14159, 2.71828, 1.5, -2.5, 12345.6, 2.5, 3.0, 0.0001234, 1.0, "abcdefg", "ab", "xyz"))
print("%*d|%-*d|%.*f|%*.*f" % (5, 42, 4, 7, 2, 3.14159, 8, 3, 2.5))
print("%(name)s is %(age)d years, %(age)05.1f" % {"name": "Ann", "age": 30})
print("%(a)s %%" % {"a": 1}, "%s" % [1, 2], "%s" % ((1, 2),), "%r" % None, "%s %s" % (True, None))
print("%c%c" % ("x", 0x263a), "%x" % 3.0 if False else "", "%d" % 3.99, "%d" % True, "%i" % -0.5)
print("%s" % "single", "%5s|%-5s|" % ("ab", "cd"), "%.3r" % "abcdef", "%a" % "\u263a")
print("%e" % 0, "%g" % 100000, "%g" % 1000000, "%G" % 1.5e-10, "%.10g" % (1/3), "%f" % float("inf"), "%5.1f" % float("nan"), "%+f" % -0.0)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s", ()), ("%(a)s", (1,)), ("%(a)s", {}), ("%z", 1), ("%", 1), ("%c", "ab"),
                  ("%c", 0x110000), ("%x", 1.5), ("%f", "x"), ("%*d", ("a", 1)), ("%(a)s %s", {"a": 1}), ("%s", {"a": 1}), ("abc", 5), ("abc", ()), ("abc", {}),
                  ("%o", "s"), ("%c", -1), ("%.*f", (1.5, 2.0)), ("%i", None), ("%(x", {"x": 1}), ("%5", 1), ("%ld", 5), ("%.2d", 3), ("%#.3o", 8)]:
    try:
        print(repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(fmt, type(e).__name__, e)
x, y, name = 10, 3.14159, "world"
print(f"{x} {y:.2f} {name!r} {name!s:>8} {name!a} {x:#b} {x=} {y = :.1f} {name=!r:>10}")
print(f"{x:{x}d}|{y:{x}.{x - 7}f}|{'nested':{'^'}{12}}|{3+4=}|{x*2 = }")
w = 10
print(f"{'left':<{w}}|{'right':>{w}}|{'mid':^{w}}|{x:0{w}}|{x!r:^5}")
d = {"k": [1, 2, {"z": "deep"}]}
print(f"{d['k'][2]['z']} {d['k'][0]:03} {len(d)} {'{'} {{literal}} {x:,} {10**6:_}")
print(f"{'é'!a} {'a' 'b'} {f'{x}' * 2} {x if x > 5 else -x} {(lambda v: v + 1)(x)}")
print(f"""{
    x
    + 1
}""", f"{x:>{'5'}}", F"{x}", rf"\n{x}", fr"{x}\t")
import math
print(f"{math.pi:.3f} {math.pi:10.4e} {-math.pi:+.2%} {1e6:g} {1e-6:,.8f}")
class P:
    def __format__(self, spec):
        return f"P[{spec}]"
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{p} {p:xyz} {p!r} {p!s} {p!r:>6} {p=} {p = }", format(p, "q"), "{:abc}".format(p), "%s %r" % (p, p))
try:
    f"{p!r:{'bad'}d}"
except ValueError as e:
    print(e)
try:
    print(f"{name:d}")
except ValueError as e:
    print(e)
try:
    print(f"{x:s}")
except ValueError as e:
    print(e)
try:
    print(format(None, "d"))
except TypeError as e:
    print(e)
