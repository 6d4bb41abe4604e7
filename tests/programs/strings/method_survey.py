# str methods survey
s = "a,b,,c,d"
print(s.split(","), s.split(",", 2), s.rsplit(",", 2), s.rsplit(",", 0))
print("  a  b \t c\n".split(), "  a  b  c ".split(None, 1), "  a  b  c ".rsplit(None, 1))
print("".split(), "".split(","), "abc".split("abc"))
print("a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l".splitlines())
print("a\nb\r\nc\r".splitlines(True), "".splitlines(), "\n".splitlines(keepends=True))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"), "abc".rpartition("x"))
print(repr("a\tbc\tdef\tg\n\tx".expandtabs()), repr("a\tb".expandtabs(3)), repr("\t".expandtabs(0)))
print(repr("abc".center(8, "*")), repr("abc".center(7)), repr("ab".center(5, "-")), repr("abc".ljust(6, ".")), repr("abc".rjust(6, "0")))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(2), "".zfill(3), "-".zfill(3))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd".translate(t))
print(str.maketrans({"a": "1", "b": None}), "aabbc".translate({ord("a"): "AA", ord("b"): None}))
print("ß".casefold(), "ﬁ".upper(), "Straße".lower(), "ǅ".swapcase(), "hELLO wORLD".swapcase())
print("hello world's end-of x2y".title(), "HELLO".capitalize(), "ǆemal".capitalize(), "ǆemal".title())
for w in ["abc", "ABC", "Abc", "123", "١٢٣", "½", "²", "ab1", "", " ", "\t\n", "Hello World", "é", "_x", "1x", "x1", "class", "\x00", "a b"]:
    print(repr(w), w.isalpha(), w.isdigit(), w.isdecimal(), w.isnumeric(), w.isalnum(), w.isspace(),
          w.islower(), w.isupper(), w.istitle(), w.isidentifier(), w.isprintable(), w.isascii())
print("TestHook".removeprefix("Test"), "TestHook".removesuffix("Hook"), "abc".removeprefix(""), "abc".removesuffix("x"))
print("héllo".encode(), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "ignore"),
      "héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"), "héllo".encode("latin-1"))
print(b"h\xe9llo".decode("latin-1"), b"h\xe9llo".decode("utf-8", "replace"), b"h\xe9llo".decode("utf-8", "ignore"),
      b"h\xe9llo".decode("ascii", "backslashreplace"))
try:
    "héllo".encode("ascii")
except UnicodeEncodeError as e:
    print(e)
try:
    b"h\xe9llo".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    b"\xff".decode("ascii")
except UnicodeDecodeError as e:
    print(e)
s = "abracadabra"
print(s.count("a"), s.count("a", 3), s.count("a", 3, 8), s.count(""), s.count("", 5), s.count("", 20))
print(s.find("bra"), s.find("bra", 2), s.find("bra", 2, 9), s.rfind("bra"), s.rfind("bra", 0, 9), s.find(""), s.find("", 11), s.find("", 12))
print(s.index("c"), s.rindex("a"), s.index("a", -3), s.rindex("a", None, -1))
try:
    s.index("z")
except ValueError as e:
    print(e)
try:
    s.rindex("z")
except ValueError as e:
    print(e)
print(s.startswith("abr"), s.startswith(("x", "ab")), s.startswith("bra", 1), s.endswith("bra", 0, 4), s.endswith(("cad", "z"), 0, 7))
print("{name} is {age}".format_map({"name": "Bob", "age": 3}))
class D(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{a} {b}".format_map(D(a=1)))
print("x".join(["1", "2", "3"]), "".join([]), ",".join("abc"))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
print("  xx  ".strip(), "xxhixx".strip("x"), "abcba".lstrip("ab"), "abcba".rstrip("ab"), repr("\u3000 a\u2000".strip()))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2), "aaaa".replace("aa", "b"))
