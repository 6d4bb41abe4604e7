# Pins dict(zip()), dict() forms, list/tuple/set/str conversions, int/float/str/bool/chr/ord/bin/hex/oct, format().
keys = ["a", "b", "c"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)), dict(zip(keys, vals[:2])), dict(a=1, b=2), dict([("x", 1), ("y", 2)]))
print(dict({"a": 1}, b=2), dict(zip(range(3), "abc")), {**dict(a=1), "c": 3})
inv = {v: k for k, v in dict(zip(keys, vals)).items()}
print(inv, list(dict.fromkeys("hello")), dict.fromkeys(["x", "y"], 0))
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
print(list("abc"), tuple([1, 2]), sorted(set("banana")), list({"k": 1}), list(range(3)), tuple())
print(str(12), str(1.5), str(None), str([1, "a"]), repr("q'uote"), str(b"xy"), str(True))
print(int("42"), int("-0x1f", 16), int("0b101", 0), int(3.99), int(-3.99), int("  7 "), int(True), int("1_000"))
print(float("1.5"), float("-inf"), float(" 3 "), float(2), float("1e3"), float("nan") != float("nan"))
print(bool(0), bool(""), bool([]), bool({}), bool(0.0), bool("0"), bool([0]), bool(None))
print(chr(65), ord("a"), chr(0x263A) == "\u263a", ord("\n"), [ord(ch) for ch in "AZ"])
print(bin(10), hex(255), oct(8), bin(-5), hex(0), int("ff", 16), int("777", 8))
print(format(3.14159, ".2f"), format(42, "05d"), format(255, "x"), format(1234567, ","), format("hi", ">5"), format(0.5, "%"))
print(format(7, "b"), format(-7, "+d"), format("x", "^7"), format(12.0, "g"), format(1e20, "g"), format(3, ""))
for bad in ("abc", "1.5", ""):
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float("x1")
except ValueError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("5", 1)
except ValueError as e:
    print(type(e).__name__, e)
print(list(map(int, "1 2 3".split())), tuple(map(float, ["1", "2.5"])), set(map(len, ["a", "bb", "cc"])))
print(list(zip(*dict(zip(keys, vals)).items())), dict(enumerate("ab")), dict(sorted({"b": 1, "a": 2}.items())))
