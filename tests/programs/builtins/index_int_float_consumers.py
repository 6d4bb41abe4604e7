def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
class Ix:
    def __index__(self): return 2
class In:
    def __int__(self): return 3
class Fl:
    def __float__(self): return 2.5
for o in [Ix(), In(), Fl()]:
    print(type(o).__name__)
    t(lambda: chr(65 + int(o) if not isinstance(o, Fl) else 0))
    t(lambda: chr(o))
    t(lambda: "%d" % o)
    t(lambda: "%x" % o)
    t(lambda: "%f" % o)
    t(lambda: "%c" % o)
    t(lambda: "{:d}".format(o))
    t(lambda: [1, 2, 3].pop(o))
    t(lambda: "abcdef"[o:])
    t(lambda: range(10)[o])
    t(lambda: bytes(o))
    t(lambda: bytearray(o))
    t(lambda: (5).to_bytes(o, "big"))
    t(lambda: "ab".center(o))
    t(lambda: [1, 2, 3].insert(o, 0))
    t(lambda: round(1.2345, o))
    t(lambda: pow(o, 2))
    t(lambda: divmod(7, o))
    t(lambda: 7 + o)
    t(lambda: isinstance(o, int))
    import math
    t(lambda: math.sqrt(o))
    t(lambda: math.factorial(o))
    t(lambda: math.isqrt(o))
    t(lambda: math.gcd(o, 4))
    t(lambda: complex_ok() if False else 0)
