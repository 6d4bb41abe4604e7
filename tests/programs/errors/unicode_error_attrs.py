def show(e):
    print(type(e).__name__, "|", e, "|", e.encoding, e.object, e.start, e.end, e.reason, e.args)
for data, enc in [(b"\xff", "utf-8"), (b"abc\xe9def", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\xc3\x28", "utf-8"), (b"\xed\xa0\x80", "utf-8"), (b"\x80abc", "ascii"), (b"ab\xffcd\xfe", "ascii")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        show(e)
for s, enc in [("é", "ascii"), ("abc\u20ac\u20acdef", "ascii"), ("\u0100", "latin-1"), ("x\U0001f600", "ascii")]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        show(e)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad stuff")
show(e)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad stuff")
show(e)
e = UnicodeEncodeError("ascii", "\u00e9x", 0, 1, "nope")
show(e)
e = UnicodeEncodeError("ascii", "\u20ac\u20ac", 0, 2, "nope")
show(e)
e = UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "nope")
show(e)
e = UnicodeEncodeError("ascii", "a", 0, 1, "nope")
show(e)
print(isinstance(e, UnicodeError), isinstance(e, ValueError), UnicodeError.__mro__)
for f in [lambda: UnicodeDecodeError("a"), lambda: UnicodeDecodeError("utf-8", "str", 0, 1, "r"), lambda: UnicodeEncodeError("ascii", b"x", 0, 1, "r"), lambda: UnicodeDecodeError(1, b"x", 0, 1, "r"), lambda: UnicodeDecodeError("u", b"x", "0", 1, "r"), lambda: UnicodeDecodeError("u", bytearray(b"x"), 0, 1, "r").object]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "bad")
e.reason = "changed"; e.start = 1; e.end = 2
print(e, repr(e))
try:
    raise UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
except ValueError as e:
    print("caught", e)
print(UnicodeError("x"), str(UnicodeError()))
try:
    b"\xff".decode("utf-8", "strict")
except UnicodeError as e:
    print(repr(e))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
t = UnicodeTranslateError("ab\u0100", 2, 3, "no map")
print(t, repr(t), t.encoding, t.object, t.start, t.end, t.reason)
print(UnicodeTranslateError("abc", 0, 2, "r"))
try:
    UnicodeTranslateError("a", 0, 1)
except TypeError as e:
    print(e)
class MyDec(UnicodeDecodeError):
    pass
m = MyDec("latin-9", b"\x00\x01", 1, 2, "mine")
print(m, m.object, m.encoding, isinstance(m, UnicodeError))
try:
    MyDec("x")
except TypeError as e:
    print(e)
e = UnicodeEncodeError("ascii", "abc", 5, 6, "out of range")
print(e)
e = UnicodeDecodeError("ascii", b"", 0, 1, "empty")
print(e)
