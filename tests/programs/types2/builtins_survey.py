def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(round, 2.5, None); t(round, 1234.5678, -2); t(round, -0.5); t(round, 0.125, 2); t(round, 0.375, 2); t(round, 1e300, 2); t(round, 5, -1); t(round, 15, -1); t(round, 'x'); t(round, 1.5, 1.5); t(round, 10**20 + 0.0, -5); t(round, 2**70, -10); t(round, -(2**70) - 1, -1)
t(divmod, 10**20, 7); t(divmod, -10**20, 7); t(divmod, 5.5, -2); t(divmod, 'a', 1); t(divmod, float('inf'), 1); t(divmod, 1, float('inf')); t(divmod, -1, float('inf')); t(divmod, 0.0, -1)
t(pow, 2, 0.5); t(pow, 10, -2); t(pow, 2, 3, 5.0); t(pow, 2, -3, 11); t(pow, 0, -1, 5); t(pow, 3, 4, 1); t(pow, 10**20, 10**20, 97); t(pow, -3, 3); t(pow, -3, -3); t(pow, 1.5, 2); t(pow, base=2, exp=5); t(pow, 2, exp=3, mod=3)
t(abs, 'a'); t(abs, -2.5); t(abs, -(10**30)); t(abs, False)
t(int, '  0b1010  ', 0); t(int, '0B11', 0); t(int, '0O7', 0); t(int, '0X_FF', 0); t(int, '0_7', 0); t(int, '07', 0); t(int, '0', 0); t(int, '000', 0); t(int, '-0x10', 16); t(int, '0x10', 8); t(int, 'Z', 36); t(int, 'zz', 35); t(int, '1_2_3'); t(int, '١٢٣'); t(int, '12', 2)
t(chr, 65); t(chr, 0x1F600); t(chr, True); t(chr, 65.0); t(ord, '\U0001F600'); t(ord, 'é')
t(bin, 2**100); t(hex, -0); t(oct, -(2**65)); t(hex, True)
t(format, 255, 'x'); t(format, 'a', '>3'); t(format, 3.5); t(format, [1]); t(format, [1], 'x'); t(format, None, 's'); t(format, True, 'd'); t(format, True, ''); t(format, True, '>5'); t(format, 1.0, 'd'); t(format, 10, '.2'); t(format, 'x', 'd')
t(repr, 1.0); t(repr, -0.0); t(repr, 'a\tb'); t(repr, [1, 'a', None]); t(repr, {'a': (1,)}); t(repr, range(1, 5, 2)); t(repr, slice(1, None)); t(repr, frozenset()); t(repr, b'\x00'); t(repr, bytearray(b'')); t(repr, type); t(repr, int); t(repr, None); t(repr, NotImplemented); t(repr, Ellipsis); t(repr, ...)
t(ascii, 'ü'); t(ascii, ['ü', b'\xfc']); t(ascii, '\U0001F600'); t(ascii, 'a\x1b')
t(sorted, [3, 1, 2], key=None, reverse=False); t(sorted, [(1, 'b'), (1, 'a'), (0, 'z')], key=lambda p: p[0]); t(sorted); t(sorted, [1], [2]); t(sorted, 5); t(sorted, 'cba', reverse=1)
t(max, 'abc', key=ord); t(max, [3, 1], default=0); t(max, [], default=None); t(min, 'a'); t(max, 1, 2, 3, key=lambda x: -x); t(max, iter([])); t(min, [[1], [0]]); t(max, [1, 2], key=lambda x: 1); t(max, 1, 2, default=0)
t(sum, [1, 2], 3.5); t(sum, [[1]], start=[]); t(sum, ['a']); t(sum, [True, True]); t(sum, [1e100, 1.0, -1e100]); t(sum, range(10**6)); t(sum, iter([1, 2.5, 3]))
t(isinstance, 1, (int, str)); t(isinstance, 1, [int]); t(issubclass, 1, int); t(issubclass, bool, (str, (int,))); t(isinstance, True, bool | None) if False else None
t(callable, len); t(callable, 1); t(hasattr, 1, 'real'); t(getattr, 1, 'zz'); t(getattr, 1, 'zz', 'd'); t(getattr, 1, 5); t(hash, 1.0); t(hash, 'a') if False else None; t(id, 1) if False else None
t(iter, 5); t(next, iter([])); t(next, iter([]), 'dflt'); t(next, [1]); t(iter, lambda: 1, 1) if False else None
it = iter([1, 2, 3, 4].pop, 2); print(list(it))
t(len, 5); t(len, range(10**20)); t(len, 'ab'); t(len, {1: 2})
t(list, range(-3)); t(dict.fromkeys, range(3), 0); t(vars, 1); t(dir, 5) if False else None
t(zip, 1); t(enumerate, 'a', 'b'); t(reversed, 'ab', 1)
print(sorted([-3, 2, -1], key=abs), sorted(['b', 'A', 'c'], key=str.lower), sorted([[2, 1], [1, 2]]), list(map(str, range(3))), ''.join(reversed('abc')))
print(eval('1 + 2'), eval('x * 2', {'x': 5}), eval('[i for i in range(3)]'), eval(' 7 '), repr(eval('"a"')))
t(eval, '(') if False else None; t(eval, 5)
print(divmod(-7, 3), -7 // 3, -7 % 3, 7 % -3, -7.5 // 2, -7.5 % 2, 2 ** -2, (-2) ** 2, -2 ** 2, 10 / 4, 10 // 4, 1e308 * 10, -1e308 * 10)
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, int('-12'), float('-1.5e3'), str(-0.0), str(1e-7), 3 * 'ab', [0] * 3, (1,) * 2)
print(hex(id) if False else '', bool.__mro__ if False else '', type(1) is int, type('') is str, type(None).__name__, type(...).__name__, type(NotImplemented).__name__)
