# Pins hex/oct/bin, abs, divmod, str/repr of ints, bool(), int.bit_length and comparisons with bools.
for n in [0, 1, -1, 10, 255, -255, 4096, 2 ** 40]:
    print(n, hex(n), oct(n), bin(n), str(n), repr(n), abs(n), bool(n))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(0, 3))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1, 0.25))
print((255).bit_length(), (0).bit_length(), (-256).bit_length(), (2 ** 100).bit_length())
print(str(-0), repr(10 ** 25), len(str(10 ** 25)))
print(True == 1, False == 0, True is True, 1 == 1.0, hash(1) == hash(1.0) == hash(True))
print(abs(-2 ** 70), abs(True), abs(-0.0), abs(-3.5))
print(int("1" * 30) // 10 ** 29, format(255, "x"), format(255, "08b"), format(-42, "+d"))
print(bool(0), bool(-0), bool(1), bool(-1), bool(10 ** 100))
print(max(True, 0), min(-1, False), sum([True, True, True]), True * 7)
print(hex(-(2 ** 64)), oct(8 ** 20), bin(-5))
