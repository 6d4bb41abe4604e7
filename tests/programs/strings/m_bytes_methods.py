# Pins bytes methods: find/count/index with int needles, startswith/endswith, replace, split/rsplit/splitlines, join, strip family, partition, removeprefix/suffix, case and is* methods, padding, with CPython's errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = b"abcabcab"
for sub in [b"ab", b"ca", b"x", b"", 98, True]:
    for args in [(), (1,), (-3,), (2, 6), (None, 4), (9,)]:
        print(sub, args, b.find(sub, *args), b.rfind(sub, *args), b.count(sub, *args))
for args in [(b"ab",), (b"ab", 3), ((b"x", b"ab"), -2), (b"",), (b"", 9)]:
    print(args, b.startswith(*args), b.endswith(*args))
show("index missing", lambda: b.index(b"zz"))
show("rindex missing", lambda: b.rindex(b"zz"))
show("find str", lambda: b.find("a"))
show("find 300", lambda: b.find(300))
show("count -1", lambda: b.count(-1))
show("startswith str", lambda: b.startswith("a"))
show("startswith tuple str", lambda: b.startswith(("a",)))

print(b.replace(b"ab", b"X"), b.replace(b"", b"-", 3), b.replace(b"c", b"", 1), b.replace(b"zz", b"y"))
show("replace str", lambda: b.replace("a", "b"))
for s in [b"  a b\x0bc\x1cd  ", b"a,b,,c", b"", b"xyz"]:
    print(s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(b","), s.rsplit(b",", 1), s.split(maxsplit=0))
show("split empty", lambda: b"a".split(b""))
show("split str", lambda: b"a".split("a"))
print(b"a\nb\r\nc\rd\x0be\x1cf".splitlines(), b"a\nb\r\n".splitlines(True), b"".splitlines())
print(b",".join([b"x", b"y"]), b"".join([]), b"-".join((b"1",)))
show("join str", lambda: b",".join(["a"]))
show("join not iterable", lambda: b",".join(1))
for s in [b"  pad  ", b"xxhixx", b"\x1c a\x0b"]:
    print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b"x"), s.strip(None))
show("strip str", lambda: b"a".strip("a"))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kvw".partition(b"="), b"kvw".rpartition(b"="))
show("partition empty", lambda: b"a".partition(b""))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"x".removeprefix(b"y"))
for s in [b"hello world", b"aBc\xe9", b"\xe9abc", b"123", b"", b"Ab Cd", b"AB", b" \x0b", b"\x1c"]:
    print(s, s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.isdigit(), s.isalpha(), s.isalnum(),
          s.isspace(), s.isupper(), s.islower(), s.istitle(), s.isascii())
print(b"ab".center(7, b"*"), b"ab".ljust(5), b"ab".rjust(5, b"0"), b"-3".zfill(5), b"a\tb\n\tc".expandtabs(4))
show("center str fill", lambda: b"a".center(5, "*"))
show("center long fill", lambda: b"a".center(5, b"**"))
show("upper arg", lambda: b"a".upper(1))
show("descriptor", lambda: bytes.upper("a"))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc-d".translate(table), b"aabbcc".translate(None, b"b"), b"abc".translate(table, delete=b"a"))
show("translate short table", lambda: b"a".translate(b"x"))
show("translate str", lambda: b"a".translate("x"))
show("maketrans unequal", lambda: bytes.maketrans(b"a", b"bc"))
show("hex huge group", lambda: b"a".hex(":", 2**40))
show("splitlines huge", lambda: b"a".splitlines(2**40))
