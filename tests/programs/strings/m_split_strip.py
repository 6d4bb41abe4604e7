# Pins str split/rsplit (sep None vs given, maxsplit incl. keywords), splitlines (every CPython line boundary, keepends), join, strip/lstrip/rstrip (chars) and their errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ["  a b  c ", "a,b,,c,", "", ",", "abc", "\t x\x1cy\x1f z\u3000w\xa0v\u2003 "]:
    print(repr(s))
    print(" ", s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=0))
    print(" ", s.split(","), s.rsplit(","), s.split(",", 1), s.rsplit(",", 1), s.split(sep=",", maxsplit=-7))

print("aaa".split("aa"), "aaa".rsplit("aa"), "a--b--".split("--"), "日,本,語".split(","), "x\u200by".split())
print("a b".split(maxsplit=True), "1 2 3".split(" ", 0), " a  b ".split(" "))
show("split empty", lambda: "a".split(""))
show("split int", lambda: "a".split(1))
show("split order", lambda: "a".split(1, "x"))
show("split maxsplit none", lambda: "a".split(maxsplit=None))
show("split both", lambda: "a".split(None, sep=None))
show("split bad kw", lambda: "a".split(foo=1))
show("split many kw", lambda: "a".split(sep=None, maxsplit=1, x=1))
show("split many", lambda: "a".split(",", 1, 2))
show("split huge", lambda: "a".split(None, 10**30))

text = "one\ntwo\r\nthree\rfour\x0bfive\x0csix\x1cseven\x1deight\x1enine\x85ten\u2028eleven\u2029twelve\n"
print(text.splitlines())
print(text.splitlines(True))
print(text.splitlines(keepends=True) == text.splitlines(1), "".splitlines(), "\n".splitlines(), "\r\r\n\n".splitlines(True), "x\x1f".splitlines())
show("splitlines str", lambda: "a".splitlines("x"))
show("splitlines kw", lambda: "a".splitlines(keep=True))

print(",".join(["a", "b"]), "-".join("xyz"), "".join([]), " ".join(("p", "q")), "+".join({"k1": 1, "k2": 2}), "|".join(c for c in "ab"))
show("join int item", lambda: ",".join(["a", 2]))
show("join none item", lambda: ",".join([None]))
show("join bytes item", lambda: ",".join([b"x"]))
show("join not iterable", lambda: ",".join(5))
show("join no arg", lambda: ",".join())

for s in ["  pad  ", "xxhixx", "\u3000\x1c wide \x1f\u2003", "", "abcba", "日日本日"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xa")), repr(s.lstrip("ab")),
          repr(s.rstrip("ab")), repr(s.strip("日")), repr(s.strip(None)), repr(s.strip("")))
show("strip int", lambda: "a".strip(1))
show("strip two", lambda: "a".strip("a", "b"))
show("lstrip kw", lambda: "a".lstrip(chars="a"))
