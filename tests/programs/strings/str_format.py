# Pins str.format: auto/explicit indexes, names, {{ }}, conversions with specs, indexing inside fields.
print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{2}{1}{0}".format(*"xyz"))
print("{name} is {age}".format(name="Al", age=7), "{0} {x}".format(1, x=2), "{} {x} {}".format(1, 2, x=3))
print("{{}} {{{}}} {{0}}".format(5), "{0!r:>10}|{0!s:<6}|{1!a}".format("hi", "é"))
print("{0[0]} {0[1]} {1[k]} {2[1]}".format([10, 20], {"k": "v"}, "ab"))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:08.3f}|{:+}".format("r", "l", "c", "s", 3.14159, 5))
print("{:,} {:_} {:b} {:o} {:x} {:X} {:#b} {:#o} {:#x}".format(1234567, 1234567, 10, 10, 255, 255, 5, 8, 255))
print("{:e} {:.2E} {:f} {:.1%} {:g} {:.3g} {:n} {:c}".format(1234.5, 0.000123, 1 / 3, 0.256, 1e-5, 3.14159, 1234, 9731))
w = 7
print("[{:{}}] [{:{}.{}f}] [{:>{w}}]".format("ab", 5, 2.5, 8, 2, "z", w=w))
print("{0:{fill}{align}{width}}".format("mid", fill="-", align="^", width=11))
print("{!r}".format([1, "a"]), "{}".format(None), "{:>6}".format(True), "{:d}".format(True), "{}".format(1e16))
print("{:=+8d}|{: d}|{:-d}|{:08,d}|{:,.3f}".format(42, 42, -42, 1234567, 9876.54321))
print("{:.0f} {:.0f} {:.0f} {:.2f}".format(0.5, 1.5, 2.5, 2.675), "{:10}|{:<10}|".format(3, "s"))
print("{:s} {:}".format("plain", "empty-spec"), format(3.5, ".1f"), format("x", "^3"), format(10, "b"))
bad = [("{", ()), ("}", ()), ("{0} {}", (1, 2)), ("{1}", (1,)), ("{x}", ()), ("{:d}", ("s",)), ("{:s}", (1,)),
       ("{:,s}", ("x",)), ("{!x}", (1,)), ("{:.2d}", (5,))]
for fmt, args in bad:
    try:
        print(fmt.format(*args))
    except (ValueError, IndexError, KeyError, TypeError) as e:
        print(type(e).__name__, e)
