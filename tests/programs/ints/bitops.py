# Pins bitwise operators and shifts on small, negative and big ints.
vals = [0, 1, 5, 12, -1, -6, 255]
for a in vals:
    print(a, ~a, a & 0xF, a | 0x10, a ^ 0b1010, a << 3, a >> 1)
print(1 << 64, 1 << 100, (1 << 100) >> 99, -1 << 70, (-1 << 70) >> 69)
print(-1 >> 1, -7 >> 1, -8 >> 2, -1 >> 100, 5 >> 100, 0 << 1000)
print((2 ** 100 - 1) & 0xFFFF, 2 ** 100 | 1, (2 ** 100) ^ (2 ** 99), ~(2 ** 100))
print(-(2 ** 80) & 0xFF, -(2 ** 80) | 3, -(2 ** 80) ^ -1, (-(2 ** 80)) & (2 ** 81 - 1))
print(True & False, True | False, True ^ True, ~True, True << 3)
print(type(True & True).__name__, type(True & 1).__name__)
x = 0b1100
x &= 0b1010
print(bin(x))
x |= 0b0101
print(bin(x))
x ^= 0b1111
print(bin(x))
x <<= 4
print(bin(x))
x >>= 2
print(bin(x))
try:
    print(1 << -1)
except ValueError as err:
    print(type(err).__name__, err)
try:
    print(1 >> -1)
except ValueError as err:
    print(type(err).__name__, err)
