for n in [0, 1, -1, 255, 256, -256, 2**64, -(2**64) - 1, 12345678901234567890]:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.numerator, n.denominator, n.real, n.imag)

print((1024).to_bytes(2, 'big'))
print((1024).to_bytes(2, 'little'))
print((-1).to_bytes(2, 'big', signed=True))
print((-129).to_bytes(2, 'little', signed=True))
print((255).to_bytes(1, 'big'))
print((0).to_bytes(0, 'big'))
print((5).to_bytes())
print((5).to_bytes(3))
for args in [((256,), 1, 'big'), ((-1,), 1, 'big'), ((128,), 1, 'big', True), ((-129,), 1, 'big', True)]:
    (v,), length, order, *rest = args
    try:
        print(v.to_bytes(length, order, signed=bool(rest)))
    except OverflowError as e:
        print('OverflowError', e)
try:
    (1).to_bytes(1, 'middle')
except ValueError as e:
    print('ValueError', e)
try:
    (1).to_bytes(-1, 'big')
except ValueError as e:
    print('ValueError', e)
print(int.from_bytes(b'\x00\x10', 'big'))
print(int.from_bytes(b'\x00\x10', 'little'))
print(int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b'\xff\x7f', 'little', signed=True))
print(int.from_bytes(b'', 'big'))
print(int.from_bytes([1, 2, 3], 'big'))
print(int.from_bytes(bytearray(b'\x01\x00')))
print(int.from_bytes(b'\x80' + b'\x00' * 15, 'big', signed=True))
print(bool.from_bytes(b'\x01', 'big'))
class MyInt(int):
    pass
r = MyInt.from_bytes(b'\x05', 'big')
print(type(r).__name__, r)
try:
    int.from_bytes('ab', 'big')
except TypeError as e:
    print('TypeError', e)
print((10).__index__(), int.__index__(True))
print((7).__floor__(), (7).__ceil__(), (7).__trunc__(), (7).__round__(), (1234).__round__(-2))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(round(5, -1), round(123, 0), round(123, 5), type(round(123, -1)).__name__)
print((-7).__abs__(), (7).__neg__(), (7).__pos__(), (7).__invert__())
print(int.__add__(3, 4), (3).__radd__(4), (3).__sub__(10), (3).__rsub__(10))
print((3).__add__(1.5))
print((10).__divmod__(3), (10).__rdivmod__(3))
print((2).__pow__(10), (2).__pow__(10, 1000), (2).__rpow__(3))
print((5).__bool__(), (0).__bool__())
print(int.__new__(int, '12'), int.__new__(MyInt, 3) + 1)
print((3).__eq__(3.0), (3).__eq__('3'), (3).__lt__(4.5))
print(sorted([3, True, 2.5, -1, False]))
print((1).__sizeof__() > 0)
print(format(255, 'x'), format(255, '#X'), format(-255, '#b'), format(1234567, ','), format(1234567, '_'), format(255, '_b'))
print(format(42, '08d'), format(-42, '08d'), format(42, '+d'), format(42, ' d'), format(42, '^8'), format(42, '<8'), format(42, '>8'))
print(format(42, 'c'), format(42, 'o'), format(42, 'e'), format(42, '.2f'), format(42, '%'), format(42, 'n'), format(42, '=+8'))
