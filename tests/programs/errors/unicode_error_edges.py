for args in [("a", "x", 5, 2, "r"), ("a", "x", -3, -1, "r"), ("a", "", 0, 0, "r"), ("utf-8", "\u00e9", 0, 1, "")]:
    e = UnicodeEncodeError(*args)
    print(str(e))
for args in [("a", b"x", 5, 2, "r"), ("a", b"x", -3, -1, "r"), ("a", b"", 0, 0, "r")]:
    e = UnicodeDecodeError(*args)
    print(str(e))
e = UnicodeDecodeError("a", b"xy", 0, 1, "r")
e.start = "q"
try:
    print(str(e))
except Exception as x:
    print(type(x).__name__, x)
