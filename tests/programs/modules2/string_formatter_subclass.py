import string
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
f = string.Formatter()
t(f.format, '{0} {1} {0}', 'a', 'b'); t(f.format, '{} {}', 1, 2); t(f.format, '{x.real} {y[0]} {y[1][0]}', x=3, y=[1, [2]]); t(f.format, '{0!r:>6}|{0!s:<4}|{0!a}', 'é'); t(f.format, '{:{w}.{p}f}', 3.14159, w=8, p=2)
t(f.format, '{'); t(f.format, '}'); t(f.format, '{0}'); t(f.format, '{a}'); t(f.format, '{0!z}', 1); t(f.format, '{} {0}', 1); t(f.format, '{0} {}', 1, 2); t(f.format, '{:{:{}}}', 1, 2, 3)
print(list(f.parse('lit{0}more{name!r:>5}{{esc}}end{}')), list(f.parse('')), list(f.parse('{}')), list(f.parse('a{b[0].c:x}')))
t(list, f.parse('{0')); t(list, f.parse('x}'))
class Upper(string.Formatter):
    def format_field(self, value, format_spec):
        return super().format_field(value, format_spec).upper()
class Default(string.Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f'<{key}?>')
        return super().get_value(key, args, kwargs)
class Conv(string.Formatter):
    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)
print(Upper().format('{} and {x}', 'abc', x='def'), Default().format('{a} {b} {0}', 9, a=1), Conv().format('{0!u} {0!r}', 'hi'))
print(f.vformat('{0}{k}', ('A',), {'k': 'B'}), f.get_field('0.real', (5,), {}), f.get_field('k[1]', (), {'k': 'xy'}), f.format_field(3.5, '>6'), f.convert_field('a', 'r'), f.convert_field('a', None))
t(f.convert_field, 'a', 'q'); t(f.check_unused_args, set(), (), {})
print('{0[0]}{0[1]}'.format('ab'), '{.__class__.__name__}'.format(1), '{0[a]}'.format({'a': 5}), '{0[-1]}'.format({'-1': 'neg'}), '{a[0]}'.format(a=[1]), '{!r}'.format(b'x'))
t('{0[-1]}'.format, [1, 2]); t('{0[1:]}'.format, 'abc'); t('{0.missing}'.format, 1); t('{0[5]}'.format, [1]); t('{0[x]}'.format, [1]); t('{0]}'.format, 1); t('{:}'.format, 1); t('{!}'.format, 1); t('{:>{}}'.format, 'a'); t('{0:{1}}'.format, 'a', 'q')
print('{:^{}}'.format('x', 5), '{:{}^{}}'.format('x', '*', 5), '{0:{fill}>{width}}'.format(7, fill='0', width=4), '{:.{}}'.format('abcdef', 3), '{:{}{}}'.format(3, '>', 4))
print(string.Formatter().format('{0:%Y}', __import__('time').gmtime(0)) if False else '', 'end')
