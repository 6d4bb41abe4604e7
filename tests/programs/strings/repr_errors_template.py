for s in ["it's", 'say "hi"', "both ' and \"", "\\", "\x00\x07\x08\t\n\r\x0b\x0c\x1b\x7f", "\x80\x9f\xa0\xad", "é日本\u200b\u2028\ufeff", "\U0001F600\U000e0001"]:
    print(repr(s), ascii(s), len(s))
print(repr(b"it's"), repr(b'"q"'), repr(b"'\""), repr(bytes(range(0, 256, 15))), repr(bytearray(b"ab\x00")))
for v in [-1, 0x110000, "ab", "", 1.5, None]:
    try:
        print(chr(v) if not isinstance(v, str) else ord(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(ord("€"), chr(8364), ord(b"a"), ord(bytearray(b"z")))
try:
    ord(b"ab")
except TypeError as e:
    print(e)
print("ab" * 3, 3 * "ab", "ab" * 0, "ab" * -2, "abc" < "abd", "a" < "B", "Z" < "a", "abc" < "ab", "" < "a", "é" > "z", "a" == "a", "a" != "b")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana"]), max("hello"), min("hello"))
s = "0123456789"
print(s[::2], s[1::3], s[::-1], s[-3:], s[:-3], s[8:2:-2], s[100:], s[-100:2], s[::-3], s[5:5], s[2:8:-1])
for bad in [lambda: "ab" + 1, lambda: 1 + "ab", lambda: "ab" * "c", lambda: "ab" * 1.5, lambda: "a" < 1, lambda: "abc"[10], lambda: "abc"[str("x")],
            lambda: "abc".split(1), lambda: "abc".split(""), lambda: "abc".join("x", "y"), lambda: "abc".center(), lambda: "abc".center(5, "ab"),
            lambda: "abc".replace("a"), lambda: "abc".startswith(1), lambda: "abc".startswith(("a", 1)), lambda: "abc".strip(1), lambda: "abc".count(),
            lambda: "abc".find(1), lambda: "abc".zfill("3"), lambda: "abc".encode(1), lambda: "abc".encode("nope"), lambda: "abc".expandtabs("x"),
            lambda: "abc".ljust(3.0), lambda: "abc".partition(""), lambda: "abc".partition(1), lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1),
            lambda: "x".translate(5), lambda: "abc".removeprefix(1), lambda: "abc".upper(1), lambda: "abc".split(sep=",", maxsplit="x"), lambda: "a".splitlines(x=1),
            lambda: "a".format_map(1), lambda: "a{}".format_map({}), lambda: "%s" % (1, 2), lambda: "abc".index("d", 0, 2), lambda: str(b"x", "utf-8", "strict", 1),
            lambda: "abc".endswith(), lambda: "abc".rsplit(None, "1"), lambda: "abc"[1:2:0], lambda: "a".encode(errors=5), lambda: str.upper(5), lambda: str.join(",", 5),
            lambda: "a" in 5, lambda: 5 in "a", lambda: "abc".__getitem__(1.0), lambda: "x".isdigit(1), lambda: "x".count("a", "b")]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)
print(str(b"abc"), str(b"abc", "ascii"), str(b"h\xe9", "latin-1"), str(b"\xff", "utf-8", "replace"), str(), str(None), str(1.0), str([1, "a"]))
print(str(object=5), str(encoding="utf-8", object=b"x"))
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   wORLD  foo"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}; $$ cost $amt")
print(t.substitute(who="tim", what="kung pao", amt=5), t.safe_substitute(who="x"), t.template)
print(t.substitute({"who": "a", "what": "b"}, amt=3))
for args in [{}, {"who": 1}]:
    try:
        t.substitute(args)
    except KeyError as e:
        print("KeyError", e)
try:
    string.Template("$ bad").substitute()
except ValueError as e:
    print(e)
print(string.Template("$x$y").safe_substitute(x=1), string.Template("${x}y").substitute(x="Z"))
print(string.Formatter().format("{0}-{x}", 1, x=2), list(string.Formatter().parse("a{0:>3}b{x!r}")))
