def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

s = "Hello World ß ﬁ İ"
print(s.casefold(), s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize())
print("ǅungla".casefold(), "ΣΑΣ".lower(), "ΣΑΣ a".lower(), "ß".upper())
print(repr("a\tb\tc".expandtabs()), repr("a\tb\tc".expandtabs(4)), repr("ab\tc\nx\ty".expandtabs(3)), repr("\t".expandtabs(0)))
print(repr("a\r\tb".expandtabs(4)), repr("abc\t".expandtabs(-1)))
show(str.expandtabs, "a\tb", "x")
print(repr("a\tb".expandtabs(tabsize=2)))
t = str.maketrans("abc", "xyz")
print(sorted(t.items()))
print("aabbcc".translate(t))
t2 = str.maketrans("ab", "cd", "e")
print(sorted(t2.items()), "abcde".translate(t2))
t3 = str.maketrans({"a": "1", 98: None, "c": 100})
print(sorted(t3.items()), "abcd".translate(t3))
show(str.maketrans, "abc", "de")
show(str.maketrans, {"ab": 1})
show(str.maketrans, "a")
show(str.maketrans, 1)
show(str.maketrans, {1.5: 1})
show(str.maketrans, "a", "b", 3)
show(str.translate, "abc", {97: 3.5})
show(str.translate, "abc", {97: 0x110000})
print("abc".translate({97: "XYZ", 98: ""}))
print("abc".translate([None, "q"] * 60))
class M:
    def __getitem__(self, k):
        if k == 97: raise LookupError
        return k + 1
print("abc".translate(M()))
print(repr("ab".center(7, "*")), repr("ab".center(6, "-")), repr("abc".center(6, "-")), repr("abc".center(2)))
print(repr("ab".ljust(5, "é")), repr("ab".rjust(5, "0")), repr("x".zfill(4)), repr("-x".zfill(4)), repr("+12".zfill(6)), repr("".zfill(3)))
show(str.center, "a", 5, "ab")
show(str.ljust, "a", 5, "")
show(str.rjust, "a", 5, 3)
show(str.center, "a", "5")
show(str.zfill, "a", 2.0)
print("a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a b  c   d".rsplit(None, 2), "  a b c  ".rsplit(maxsplit=1))
print("a,b,c".split(",", 0), "a,b,c".rsplit(",", -1), " a b ".split(" "), "".split(","), "".split(), "   ".split())
print("a||b||c".split("||"), "aaa".split("a"), "abc".rsplit("abc"))
show(str.split, "abc", "")
show(str.rsplit, "abc", "")
show(str.split, "abc", 1)
show(str.split, "a b", None, "1")
x = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve"
print(x.splitlines())
print(x.splitlines(True))
print("a\n\nb\n".splitlines(), "a\n\nb\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines(True))
for w in ["abc", "_x1", "1a", "", "a b", "été", "ℕ", "x·y", "℘", "a-b", "class", "𝔘𝔫𝔦"]:
    print(repr(w), w.isidentifier(), w.isprintable(), w.isalpha(), w.isalnum())
for w in ["123", "½", "²", "٣", "一", "Ⅷ", "1.5", "", "①", "𝟙", "\u0e53", "0x"]:
    print(repr(w), w.isnumeric(), w.isdecimal(), w.isdigit())
for w in ["\n", "\t", " ", "\x7f", "\xa0", "\u200b", "abc\x00", "é", "\U0001F600", "\u2028"]:
    print(repr(w), w.isprintable(), w.isspace())
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "a.py".removesuffix(".py"), "a.py".removesuffix(""), "".removeprefix(""))
show(str.removeprefix, "ab", 1)
show(str.removesuffix, "ab", None)
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k): return "<" + k + ">"
print("{a} {zz} {q!r}".format_map(D(a=5)))
show(str.format_map, "{a}", {})
show(str.format_map, "{0}", {})
show(str.format_map, "{a}", [])
show(str.format_map, "{a}")
print("héllo".encode(), "héllo".encode("ascii", "ignore"), "héllo".encode("ascii", "replace"), "héllo".encode("ascii", "xmlcharrefreplace"), "héllo".encode("ascii", "backslashreplace"))
print("h€".encode("latin-1", "replace"), "h\u20ac".encode("utf-16-le") if False else "", "")
show(str.encode, "héllo", "ascii")
show(str.encode, "h€", "latin-1")

show(str.encode, "x", "nope")
show(str.encode, "é", "ascii", "nope")
print("é".encode(errors="strict", encoding="utf8"))
print("é".encode("UTF-8"), "é".encode("utf_8"), "é".encode("latin1"), "é".encode("iso-8859-1"), "abc".encode("ascii"))
print("héllo".encode("ascii", "namereplace") if False else "")
