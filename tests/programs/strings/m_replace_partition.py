# Pins str replace (count, empty old), partition/rpartition, removeprefix/removesuffix, translate and str.maketrans, with CPython's errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = "banana"
for args in [("a", "o"), ("an", ""), ("", "-"), ("", "-", 3), ("a", "A", 2), ("a", "A", 0), ("a", "A", -1), ("x", "y"), ("banana", "!"), ("na", "NA", True)]:
    print(args, s.replace(*args))
print("ééé".replace("é", "e", 2), "".replace("", "x"), "a€b€".replace("€", "EUR"), "aaa".replace("aa", "b"))
show("replace one arg", lambda: s.replace("a"))
show("replace int old", lambda: s.replace(1, "b"))
show("replace none new", lambda: s.replace("a", None))
show("replace str count", lambda: s.replace("a", "b", "c"))
show("replace float count", lambda: s.replace("a", "b", 1.0))
show("replace kw", lambda: s.replace("a", "b", count=1))
show("replace huge", lambda: s.replace("a", "b", 10**30))

for sep in ["a", "an", "x", "banana", "b"]:
    print(sep, s.partition(sep), s.rpartition(sep))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "日本語".partition("本"))
show("partition empty", lambda: s.partition(""))
show("rpartition int", lambda: s.rpartition(1))
show("partition none", lambda: s.partition(None))

for p in ["", "ba", "banana", "x", "na"]:
    print(repr(p), s.removeprefix(p), s.removesuffix(p))
show("removeprefix int", lambda: s.removeprefix(1))
show("removesuffix none", lambda: s.removesuffix(None))

table = str.maketrans("abc", "xyz", "n")
print(table)
print(s.translate(table), "cabbage".translate(table), "éa".translate({233: "e", 97: "à"}))
print("abc".translate({97: "xy", 98: None, 99: 100}), "abc".translate({}), "abc".translate([None, "x"]))
print(str.maketrans({"a": "1", 98: None}), str.maketrans("", ""), "hello".maketrans("l", "L"))
show("translate float", lambda: "abc".translate({97: 1.5}))
show("translate range", lambda: "abc".translate({97: 0x110000}))
show("translate neg", lambda: "abc".translate({97: -1}))
show("translate int table", lambda: "abc".translate(1))
show("maketrans none", lambda: str.maketrans())
show("maketrans one non-dict", lambda: str.maketrans("ab"))
show("maketrans unequal", lambda: str.maketrans("ab", "c"))
show("maketrans long key", lambda: str.maketrans({"ab": 1}))
show("maketrans float key", lambda: str.maketrans({1.5: 1}))
show("maketrans first int", lambda: str.maketrans(1, "a"))
show("maketrans second int", lambda: str.maketrans("a", 1))
show("maketrans third none", lambda: str.maketrans("a", "b", None))
show("maketrans four", lambda: str.maketrans("a", "b", "c", "d"))
