def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
for s in ['1.5', ' 1.5 ', '1e5', '1E-5', 'inf', '-Infinity', 'nan', '-nan', 'NaN', '+inf', 'infinity', 'infinit', '1_0.5', '1__0', '.5', '5.', '.', 'e5', '0x10', '1.5j', '', '١٫٥', '1,5', '  -0.0', '1e500', '-1e500', '1e-500', '\u2003 2.5 ']:
    t(float, s)
t(float, b'1.5'); t(float, None); t(float, [1]); t(float, 10**400); t(float, '10'*200)
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex('inf'), float.fromhex('0x.8'), (1.5).hex(), (0.1).hex(), (-0.0).hex(), (1e308).hex(), float('inf').hex(), (5e-324).hex())
t(float.fromhex, 'zz'); t(float.fromhex, '0x1p99999')
for x in [0.0, -0.0, 1.5, -2.5, 1e300, 2**53 + 0.0, 0.1, 3.0]:
    print(x.is_integer(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag, x.__trunc__(), round(x), round(x, 1), round(x, -1), x.__floor__(), x.__ceil__())
t(float('inf').as_integer_ratio); t(float('nan').as_integer_ratio); t(round, float('inf')); t(round, float('nan')); t(round, float('nan'), 2); t(round, float('inf'), 2)
t(int, float('-inf'))
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5), round(1e20, -20), round(123.456, -2), round(5e-324, 400), round(1.23456e300, -299))
print(repr(1e16), repr(1e15), repr(123456789012345678.0), repr(1e-5), repr(0.0001), repr(1.0e-4), repr(-1e-7), str(1e22), str(1.0), repr(2.0**0.5), 1/3, 2/3, 10/3)
print(float('nan') == float('nan'), float('nan') != float('nan'), float('inf') > 10**400, 10**400 > float('inf'), 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, -0.0 == 0.0, 1 == 1.0, hash(1) == hash(1.0))
print(max(float('nan'), 1), max(1, float('nan')), min([float('nan'), 2, 1]), sorted([3, float('nan'), 1]))
t(lambda: 1.0 / 0); t(lambda: 1.0 // 0.0); t(lambda: 1.0 % 0.0); t(lambda: 0.0 ** -1); t(lambda: 10.0 ** 400); t(lambda: 2.0 ** 10000); t(lambda: divmod(1.0, 0))
print((-8) ** (1/3) if False else 'skip', 2 ** 0.5, 4 ** -0.5, (-2.0) ** 2, (-2.0) ** 3, 0.0 ** 0, float('inf') ** 0, float('nan') ** 0, 1 ** float('nan'))

print(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 4.35, 0.3, 0.1 + 0.2, 1 - 0.9, 100.0, 1e21, 1e-4 * 3)
print(int(1e15), int(-2.5), int(2.5e-3), float(True), float(-5), 3.0 * True)
print(format(1e200, 'f')[:30], '%.3f' % 1e50)
print(math_ok := True)
import math
print(math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10), math.floor(-0.5), math.ceil(-0.5), math.trunc(-0.5))
print(float.__new__(float, '2'), type(float.__new__(float)))
for a in ['double', 'float', 'x', 5]:
    try:
        print(float.__getformat__(a))
    except Exception as e:
        print(type(e).__name__, e)
print((1.5).__getformat__('double'))
