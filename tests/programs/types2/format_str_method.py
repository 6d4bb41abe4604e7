def show(spec, *vals):
    for v in vals:
        try:
            print(repr(spec), repr(v), '->', repr(format(v, spec)))
        except Exception as e:
            print(repr(spec), repr(v), 'E', type(e).__name__, e)
strs = ['', 'abc', 'héllo', '日本']
for spec in ['', 's', '5', '<5', '>5', '^5', '^6', '*^7', '.2', '10.2', '=5', '+5', '05', ',', 'd', '#', ' ', 'x', '.0', '<0']:
    show(spec, *strs)
show('', None, [1], (1,), {1: 2})
show('5', None)
show('^5', [1])
class C:
    def __format__(self, spec):
        return 'C<' + spec + '>'
print(format(C(), 'xyz'))
print(f'{C():abc} {C()!r:>30}'[:10])
print('{:{}}'.format(3, 5))
print('{0:{1}.{2}f}'.format(3.14159, 10, 3))
print('{!r:^10}'.format('a'))
print('{!s}'.format(1.5), '{!a}'.format('é'))
print('{0}{1}{0}'.format('a', 'b'))
print('{}{}'.format(1, 2))
print('{x}-{y}'.format(x=1, y=2))
print('{0[1]} {0[a]}'.format({1: 'one', 'a': 'A'}))
print('{0.real}'.format(3))
print('{{}} {{{0}}}'.format(5))
for bad in ['{', '}', '{0', '{0!}', '{0!x}', '{:d}', '{0}{}', '{}{0}', '{1}', '{a}', '{0[}', '{0.}', '{!r']:
    try:
        print(bad, repr(bad.format('s')))
    except Exception as e:
        print(bad, type(e).__name__, e)
print('{:,}'.format(1234567), '{:_}'.format(1234567.5))
print(format(1234567, ',').replace(',', '.'))
print('%s' % 'x', '%r' % 'x', '%a' % 'é')
