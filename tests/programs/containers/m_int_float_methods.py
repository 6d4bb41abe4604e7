# Pins int methods (bit_length, bit_count, to_bytes, from_bytes, conjugate, as_integer_ratio) and float methods (is_integer, as_integer_ratio, hex, fromhex, conjugate).
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for v in [0, 1, -1, 5, -5, 255, 256, 2 ** 62, -2 ** 63, 2 ** 64 - 1, 2 ** 100, -(2 ** 100) + 1, True, False]:
    print(v, v.bit_length(), v.bit_count(), v.conjugate(), v.as_integer_ratio())
print(type(True.conjugate()).__name__, type(True.as_integer_ratio()[0]).__name__)
print((5).to_bytes(), (5).to_bytes(2), (5).to_bytes(2, "little"), (1000).to_bytes(2, byteorder="big"))
print((-5).to_bytes(2, "little", signed=True), (-1).to_bytes(4, "big", signed=True), (127).to_bytes(1, signed=True))
print((-128).to_bytes(1, "big", signed=True), (0).to_bytes(0), (-1).to_bytes(0, signed=True), (2 ** 64).to_bytes(9))
print((2 ** 100).to_bytes(13, "little"), (-(2 ** 70)).to_bytes(10, "big", signed=True), True.to_bytes(), (255).to_bytes(1))
print((1).to_bytes(length=3, byteorder="little"), (1).to_bytes(signed=[]), (1).to_bytes(signed="x"))
print(int.from_bytes(b"\x01\x00"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xff", signed=True))
print(int.from_bytes(b"\xff\xff"), int.from_bytes(b"", signed=True), int.from_bytes(b"\x80", "little", signed=True))
print(int.from_bytes([1, 2, 3]), int.from_bytes((255, 0), "little"), int.from_bytes(range(4)), int.from_bytes(bytes=b"\x07"))
print(int.from_bytes(b"\xff" * 20, signed=True), int.from_bytes(b"\xff" * 20), int.from_bytes(iter([9])))
print(bool.from_bytes(b"\x01"), bool.from_bytes(b"\x00"), type(bool.from_bytes(b"\x02")).__name__, (5).from_bytes(b"\x03"))
for v in [-2 ** 63, 2 ** 63 - 1, -12345678901234567890, 98765432109876543210]:
    for signed in [True, False]:
        try:
            n = (v.bit_length() + 8) // 8
            data = v.to_bytes(n, "little", signed=signed)
            print(v, signed, list(data), int.from_bytes(data, "little", signed=signed) == v)
        except OverflowError as e:
            print(v, signed, "OverflowError", e)
show("bytes too big", lambda: (256).to_bytes(1, "big"))
show("bytes negative unsigned", lambda: (-1).to_bytes(1, "big"))
show("signed too big", lambda: (128).to_bytes(1, "big", signed=True))
show("signed too small", lambda: (-129).to_bytes(1, "big", signed=True))
show("zero length", lambda: (1).to_bytes(0))
show("neg length", lambda: (1).to_bytes(-1, "big"))
show("bad order", lambda: (1).to_bytes(1, "middle"))
show("order type", lambda: (1).to_bytes(1, 1))
show("order none", lambda: (1).to_bytes(byteorder=None))
show("length str", lambda: (1).to_bytes("1"))
show("length big", lambda: (1).to_bytes(2 ** 70))
show("three positional", lambda: (1).to_bytes(1, "big", True))
show("four args", lambda: (1).to_bytes(1, "big", signed=True, x=1))
show("twice", lambda: (1).to_bytes(1, length=2))
show("unknown kw", lambda: (1).to_bytes(foo=1))
show("from0", lambda: int.from_bytes())
show("from str", lambda: int.from_bytes("ab"))
show("from int", lambda: int.from_bytes(5))
show("from float", lambda: int.from_bytes(1.5))
show("from range", lambda: int.from_bytes([256]))
show("from negative", lambda: int.from_bytes([-1]))
show("from strs", lambda: int.from_bytes(["a"]))
show("from bad order", lambda: int.from_bytes(b"a", "mid"))
show("from twice", lambda: int.from_bytes(b"a", "big", bytes=b"b"))
show("from 3 pos", lambda: int.from_bytes(b"", "big", True))
show("from kw", lambda: int.from_bytes(b"a", x=1))
show("bit_length arg", lambda: (1).bit_length(1))
show("bit_count kw", lambda: (1).bit_count(x=1))
show("int desc", lambda: int.bit_length(1.5))
show("int unbound", lambda: int.conjugate())

for v in [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 3.0, 2.0 ** 60, 0.5]:
    print(repr(v), v.is_integer(), v.as_integer_ratio(), v.hex(), float.fromhex(v.hex()) == v, v.conjugate())
inf, nan = float("inf"), float("nan")
print(inf.is_integer(), nan.is_integer(), inf.hex(), (-inf).hex(), nan.hex(), inf.conjugate())
for text in ["0x1.8p1", "  0x1.8p1  ", "1.8p1", "-0X1.8P-1", "+0x1", "0x.8", "0x1.", "1", "0", "-0x0p0", "inf",
             "-Infinity", "nAn", "0x1p-1074", "0x1p-1075", "0x1.8p-1075", "0x3p-1076", "0x1p-1076", "0x1.00000000000008p0",
             "0x1.00000000000018p0", "0x1.000000000000081p0", "0x1.fffffffffffff7p1023", "0x0p99999999999999999999",
             "0x1p-99999999999999999999", "0x" + "0" * 40 + "1p0", "0x1" + "0" * 40 + "p-160", "0xABCDEFp-4", "\t0x10\n"]:
    show("fromhex %r" % text, lambda: float.fromhex(text))
for text in ["", "0x", "0x.p1", "0x1p", "0x1p+", "1_0", "0x1p1 x", "0x1p1\x00", "\u0661", "- 0x1", "0xg", "infx", "0x1e5.p1"]:
    show("fromhex %r" % text, lambda: float.fromhex(text))
show("fromhex overflow", lambda: float.fromhex("0x1.fffffffffffff8p1023"))
show("fromhex overflow2", lambda: float.fromhex("0x1p1024"))
show("fromhex overflow3", lambda: float.fromhex("0x1p99999999999999999999"))
show("fromhex int", lambda: float.fromhex(1))
show("fromhex 2 args", lambda: float.fromhex("1", 2))
show("fromhex 0 args", lambda: float.fromhex())
show("fromhex kw", lambda: float.fromhex(x="1"))
print((2.5).fromhex("0x1p1"), type(float.fromhex("0x1")).__name__)
show("ratio inf", lambda: inf.as_integer_ratio())
show("ratio nan", lambda: nan.as_integer_ratio())
show("ratio -inf", lambda: (-inf).as_integer_ratio())
show("is_integer arg", lambda: (1.0).is_integer(1))
show("hex kw", lambda: (1.0).hex(x=1))
show("float desc", lambda: float.hex(1))
show("float unbound", lambda: float.conjugate())
