# Pins CPython's argument-count and keyword errors for each str calling convention (no-arg, one-arg, positional-only, tuple-parsed, keyword) and the descriptor checks.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


calls = [
    ("upper(1)", lambda: "a".upper(1)), ("upper(x=1)", lambda: "a".upper(x=1)),
    ("join()", lambda: "a".join()), ("join(1, 2)", lambda: "a".join(1, 2)), ("join(x=1)", lambda: "a".join(x=1)),
    ("zfill()", lambda: "a".zfill()), ("partition()", lambda: "a".partition()), ("removeprefix()", lambda: "a".removeprefix()),
    ("translate()", lambda: "a".translate()), ("format_map()", lambda: "a".format_map()),
    ("replace()", lambda: "a".replace()), ("replace 4", lambda: "a".replace(1, 2, 3, 4)), ("replace kw", lambda: "a".replace("a", "b", c=1)),
    ("strip 2", lambda: "a".strip(1, 2)), ("center()", lambda: "a".center()), ("center 3", lambda: "a".center(1, 2, 3)),
    ("find()", lambda: "a".find()), ("count 4", lambda: "a".count(1, 2, 3, 4)), ("endswith kw", lambda: "a".endswith("a", end=1)),
    ("split 3", lambda: "a".split(1, 2, 3)), ("split kw", lambda: "a".split(zz=1)), ("split dup", lambda: "a".split(",", sep=",")),
    ("split kw 3", lambda: "a".split(a=1, b=2, c=3)), ("splitlines 2", lambda: "a".splitlines(1, 2)),
    ("splitlines mixed", lambda: "a".splitlines(True, zz=1)), ("expandtabs kw", lambda: "a".expandtabs(zz=1)),
    ("encode 3", lambda: "a".encode("utf-8", "strict", "x")), ("encode kw", lambda: "a".encode(zz=1)),
    ("encode dup", lambda: "a".encode("utf-8", encoding="utf-8")),
    ("maketrans kw", lambda: str.maketrans(x=1)),
    ("unbound upper", lambda: str.upper()), ("unbound split", lambda: str.split()),
    ("descriptor upper", lambda: str.upper(5)), ("descriptor join", lambda: str.join(b"x", [])),
    ("bytes decode 3", lambda: b"a".decode("a", "b", "c")), ("bytes hex kw", lambda: b"a".hex(zz=1)),
    ("bytes join()", lambda: b"a".join()), ("bytes strip 2", lambda: b"a".strip(b"a", b"b")),
    ("bytes fromhex()", lambda: bytes.fromhex()), ("bytes unbound", lambda: bytes.hex()),
    ("ok split kw", lambda: "a b".split(sep=None, maxsplit=1)), ("ok encode kw", lambda: "é".encode(errors="replace", encoding="ascii")),
]
for label, f in calls:
    show(label, f)
