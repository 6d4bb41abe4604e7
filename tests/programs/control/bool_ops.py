# Pins and/or returning operands, not, short-circuit evaluation, and truthiness of every builtin type.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, "" or "default", None or 0, [] and "x", "a" and "b" and "c")
print(0 or "" or None or [], 1 and [] or "fallback", not 0, not 1, not "", not "x", not None, not not [1])
def t(v):
    print("t(%r)" % (v,), end=" ")
    return v
print(t(0) and t(1))
print(t(1) and t(2))
print(t(0) or t(0.0) or t("z"))
print(t(1) or t(2))
values = [0, 1, -1, 0.0, -0.0, 0.5, float("nan"), "", " ", "0", [], [0], (), (0,), {}, {0: 0}, None, True, False,
          range(0), range(1), b"", b"\x00", 10 ** 100, 0 * 10 ** 100, ...]
for v in values:
    print(repr(v), bool(v), "truthy" if v else "falsy")
x = None
print(x is None, x is not None, None is None, (x or 5) is not None)
print(type(1 and 2).__name__, type(0 or "s").__name__, type(not 1).__name__)
