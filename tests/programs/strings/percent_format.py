# Pins printf-style % formatting: all conversions, flags, width/precision, '*', mapping keys, tuples, errors.
print("%d %i %u" % (42, -42, 7), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%08.3f|" % 3.14159)
print("%f %F %.2f %10.4f %-10.1f| %e %E %.3e %g %G %g %g" % (1.5, 2.5, 3.14159, 2.71828, -1.25, 12345.678,
      0.00012, 1e10, 0.0001, 1e-10, 123456789.0, 100.0))
print("%s %r %a" % ("hi", "hi", "é"), "%s" % [1, "a"], "%r" % ("x",), "%s" % None)
print("%c%c%c" % (72, "i", 33), "%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abc", "xyz"))
print("%*d|%-*d|%.*f|%*.*f|" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.5))
print("%(name)s is %(age)d, %(name)r" % {"name": "Bob", "age": 30}, "%(x)05.1f" % {"x": 2.25})
print("100%%", "%d%%" % 50, "%s" % ((1, 2),), "%s-%s" % (1, 2))
print("%d" % 3.99, "%d" % True, "%s" % True, "%x" % -255, "%o" % -8, "%.0f" % 0.5, "%.0f" % 1.5)
print("%10.3e|%-12g|%+.2f|% .3f" % (123456.0, 1.5e-7, 2.0, 3.0), "%.3s" % "abcdef")
print("%s %s" % ("a", "b"), "%s" % "only", "%i items" % 3, "%5.2f%%" % 99.555)
print("%d %s" % (2 ** 70, 2 ** 70), "%x" % 2 ** 70, "%.15g" % 0.1, "%.17g" % 0.1, "%r" % 0.1)
print("%#.3g|%-+6d|%06.2f|%+06d|% 05d" % (1.0, 5, -1.5, 3, 7))
print("%f %e %g" % (float("inf"), float("-inf"), float("nan")))
errors = [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(k)s", {"j": 1}), ("%c", "ab"), ("%c", 0x110000),
          ("%(a)s %s", {"a": 1}), ("%", 1), ("%.f", "s")]
for fmt, args in errors:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
