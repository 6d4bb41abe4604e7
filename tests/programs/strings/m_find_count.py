# Pins str find/rfind/index/rindex/count/startswith/endswith: start/end (negative, None, huge, bool), empty needles, tuples, non-ASCII indices and CPython's errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = "abcabcab"
for sub in ["ab", "ca", "x", "", "b"]:
    for args in [(), (1,), (-3,), (2, 6), (0, -2), (None, 4), (-100, 100), (9,), (8,), (5, 2)]:
        print(sub, args, s.find(sub, *args), s.rfind(sub, *args), s.count(sub, *args),
              s.startswith(sub, *args), s.endswith(sub, *args))

for meth in ["index", "rindex"]:
    show(meth + " found", lambda: getattr(s, meth)("ca"))
    show(meth + " range", lambda: getattr(s, meth)("ca", 3, 6))
    show(meth + " missing", lambda: getattr(s, meth)("zz"))

u = "日本語のテキスト、日本"
print(u.find("日本"), u.rfind("日本"), u.find("日本", 1), u.count("日"), u.index("テ"), u.rindex("本", 0, -1))
print(u.startswith("本", 1), u.endswith("日本"), u.endswith("語", 0, 3), u.find("", 11), u.find("", 12))
print("é€a€".find("€", 2), "é€a€".count("€", 1, -1), "ß".find("s"), "aaaa".count("aa"), "".count(""))

print("hello".startswith(("he", "x")), "hello".startswith(()), "hello".endswith(("lo", "hel"), 0, 3))
print("abc".find("b", True), "abc".find("b", None, None), "abc".find("b", 10**30), "abc".find("b", -10**30))

show("find no arg", lambda: "a".find())
show("find 4 args", lambda: "a".find("a", 1, 2, 3))
show("find int", lambda: "a".find(1))
show("find bad start", lambda: "a".find("a", "x"))
show("find float start", lambda: "abc".find("b", 1.0))
show("find kw", lambda: "a".find("a", start=1))
show("startswith int", lambda: "a".startswith(1))
show("startswith tuple int", lambda: "a".startswith((1,)))
show("startswith tuple lazy", lambda: "a".startswith(("a", 1)))
show("endswith list", lambda: "a".endswith(["a"]))
show("count none", lambda: "a".count(None))
show("unbound", lambda: str.find())
show("descriptor", lambda: str.find(5, "a"))
