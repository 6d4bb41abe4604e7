# Pins strip/lstrip/rstrip (with chars), replace (count), find/rfind/index/rindex/count, starts/endswith.
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print("www.example.com".strip("cmowz."), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "aaa".strip("a") == "")
t = "banana band"
print(t.replace("an", "AN"), t.replace("an", "", 1), t.replace("", "-"), t.replace("x", "y"), t.replace("a", "o", 2))
print(t.find("an"), t.find("an", 2), t.find("an", 2, 4), t.find("zz"), t.rfind("an"), t.rfind("an", 0, 5), t.find(""))
print(t.index("b"), t.rindex("b"), t.count("an"), t.count("a"), t.count(""), t.count("a", 2, 6), "aaaa".count("aa"))
print(t.startswith("ban"), t.startswith("an", 1), t.startswith(("x", "ba")), t.endswith("band"), t.endswith(("nd", "q")))
print(t.endswith("ana", 0, 6), t.startswith(""), "".endswith(""), t.startswith("band", -4))
print(t.find("a", -3), t.rfind("a", -20, -2), t.find("n", 100))
try:
    t.index("zz")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.rindex("q")
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.startswith(["ba"])
except TypeError as e:
    print(type(e).__name__, e)
print("a.b.c".replace(".", "", -1), "aaa".replace("a", "aa"), "x".replace("x", "yz", 0))
print("  padded  ".strip(" d"), "\u3000wide space\u3000".strip() == "wide space")
