x, y, name, pi = 42, -3.5, 'Ann', 3.14159265
print(f'{x=}', f'{y = }', f'{name!r:>8}', f'{pi:.{3}f}', f'{x:{"^"}{10}}', f'{x:#b}', f'{x:_>+8,}', f'{name=!s}', f'{pi=:.2f}', f'{[1, 2]=}', f'{x!a}', f'{"é"!a}')
print(f'{{}}{x}{{', f'{x}' f'{y}', f'{ x + 1 }', f'{"nested {x}"}', f'{x if x else y}', f'{(lambda: 5)()}', f'{",".join(["a", "b"])}', f'{3:{"0"}{5}}')
w = 12; p = 3
print(f'{pi:{w}.{p}}', f'{pi:<{w}.{p}e}|', f'{1e10:,.0f}', f'{-0.0:+}', f'{0.000012345:g}', f'{123456789:e}', f'{1/3:.50f}'[:40], f'{2**100:,}', f'{-2**64:x}')
import math
print(f'{math.inf:f}', f'{-math.inf:10.2f}|', f'{math.nan:+f}', f'{math.nan:%}', f'{1.5:%}', f'{0.5:.0%}', f'{1234.5:_}', f'{1234.5:,}', f'{12345678.9:,.2e}')
print('{:>{w}}|{:<{w}}|'.format('a', 'b', w=4), '{0:{fill}{align}{width}}'.format('x', fill='*', align='^', width=7), '{:{}}'.format(3.5, '08.3f'))
class P:
    def __init__(self, x): self.x = x
    def __format__(self, spec): return f'P({self.x:{spec}})' if spec else f'P{self.x}'
    def __repr__(self): return 'P!'
    def __str__(self): return 'Pstr'
p = P(7)
print(f'{p}', f'{p:>4}', f'{p!r}', f'{p!s:>6}', '{}'.format(p), '{!r}'.format(p), format(p, '03'), str(p), '%s %r' % (p, p))
for spec in ['=10', '0=10', '<010', '>010', '^010', '+010', '-010', ' 010', '#010x', '010,', '010_', ',_', '_,']:
    for v in [1234, -1234, 12.5]:
        try:
            print(repr(spec), repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), type(e).__name__, e)
for spec in ['.0s', '.1s', '10.3s', 'c', '=s', '+s', ',s']:
    try:
        print(repr(format('hello', spec)))
    except Exception as e:
        print(type(e).__name__, e)
print(format(65, 'c'), format(0x1F600, 'c'), format(True, 'c') if False else '', format(3, '.0%'), format(10**25, 'e'), format(10**25, 'g'), format(10**25, 'f'), format(-5, 'o'), format(5, '+o'), format(255, 'X'), format(255, '#o'))
for v in [0, 1, 9.999, 99.99, 999.9, 1e-5, 1.5e-10, 123456.0, 1234567.0, 0.0001, 1e16, 1.0e15]:
    print(repr(v), format(v, 'g'), format(v, '.3g'), format(v, '#.3g'), format(v, '.2e'), format(v, 'n'), str(v), format(v, ''), format(v, '.3'), format(v, '10.4'))
