x = 42; name = "Bob"; pi = 3.14159
print(f"{x}", f"{x!r:>5}", f"{name!s:^9}|", f"{pi:.2f}", f"{x:#x}", f"{x:08b}")
print(f"{x = }", f"{name=!r}", f"{pi = :.1f}", f"{ x + 1 = }")
print(f"{{}}", f"{'a' 'b'}", f"{3:{'>'}{5}}", f"{[1,2][0]}")
print(f"{'nested' + f'{x}'}")
d = {"k": 1}
print(f"{d['k']}", f'{d["k"]}')
print(f"{x:,}", f"{1234567.891:,.2f}", f"{0.5:%}", f"{12:e}")
width = 10; prec = 3
print(f"{pi:{width}.{prec}}|")
print(f"""triple {x}
line""")
print(rf"\n{x}", fr"\t")
class P:
    def __format__(self, spec): return f"P<{spec}>"
print(f"{P():abc}", format(P(), "xy"), "{:q}".format(P()))
print(f"{None!r}", f"{True}", f"{b'x'}")
print(f"{x!a}", f"{'é'!a}")
print("a" "b" 'c', """x""" "y")
print('\x41\101\u0041a', b'\x41\101', r'\x41')
print(len('\
'), 'a\
b')
print(repr('\0'), repr("'"), repr('"'), repr('\'"'), repr('\t\r\n\\'))
print(repr(b"\x00\xff'"), repr(b'"\''))
print('%s %r %d %5.2f %-4d| %x %o %e %%' % ('s', 'r', 3, 2.5, 7, 255, 8, 1.5))
print('%(a)s-%(b)d' % {'a': 'A', 'b': 2})
print("{0} {1} {0}".format('a', 'b'), "{name}".format(name='n'), "{:>{w}}".format('r', w=4))
print("{0[0]} {1.real}".format([9], 5))
print("{!r:^10}".format('hi'))
print(0x_ff if False else 0xff, 0o17, 0b101, 1_000_000, 1e3, 1.5e-3, .5, 5., 0e0)
print(10**20, -2**63, 2**-1, (-8)**(1/3) if False else 0)
print(7//2, -7//2, 7%-3, -7%3, 7.5//2, -7.5%2, divmod(-7, 2))
print(1 < 2 < 3, 1 < 3 < 2, (1 < 2) < 3)
print(not 1, not 0, 1 and 2, 0 or '', None or 0 or [])
print(~5, -(-5), +True, -True, ~True)
print(1 if 0 else 2 if 0 else 3)
print(True + True, True * 3.0, 3 / 2, 4 / 2)
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234, -2))
print(0.1 + 0.2, 1/3, 2/3, 1e16, 1e-5, 123456789012345678.0, float('inf'), -float('inf'))
print(int("  12 "), int("0x1f", 16), int("1f", 16), int("0b11", 0), float(" 1.5 "))
print(3 ** 2 ** 2, (-2) ** 2, -2 ** 2)
print(1 << 100, 5 >> 1, -5 >> 1, 5 & 3, 5 | 3, 5 ^ 3)
a = b = c = 5
print(a, b, c)
a, *b = 1, 2, 3
*a, b = [1, 2, 3]
print(a, b)
(a, b), c = (1, 2), 3
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
for i, (j, k) in enumerate([(1, 2), (3, 4)]): print(i, j, k)
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
print(x)
del x[::2]
print(x)
x, y = y, x = 1, 2
print(x, y)
print(*[1, 2], *(3,), sep='-')
print({**{'a': 1}, 'b': 2, **{'a': 3}})
print([*range(3), *'ab'], {*[1, 2], *[2, 3]}, (*[1],))
