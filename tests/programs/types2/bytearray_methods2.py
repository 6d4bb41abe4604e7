def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
ba = bytearray(b'Hello World')
for name in ['upper', 'lower', 'title', 'swapcase', 'capitalize', 'strip', 'lstrip', 'rstrip', 'split', 'rsplit', 'splitlines', 'expandtabs', 'hex', 'isalpha', 'isdigit', 'isspace', 'istitle', 'islower', 'isupper', 'isalnum', 'isascii']:
    r = getattr(ba, name)(); print(name, repr(r), type(r).__name__, repr(getattr(bytes(ba), name)()))
for name, args in [('center', (15,)), ('ljust', (15, b'.')), ('rjust', (15,)), ('zfill', (15,)), ('replace', (b'o', b'0')), ('partition', (b' ',)), ('rpartition', (b'o',)), ('join', ([b'a', b'b'],)), ('removeprefix', (b'He',)), ('removesuffix', (b'ld',)), ('translate', (None, b'lo')), ('split', (b'o', 1)), ('count', (b'l',)), ('find', (b'W',)), ('startswith', ((b'x', b'H'),)), ('endswith', (b'd',))]:
    r = getattr(ba, name)(*args); print(name, repr(r), type(r).__name__)
t(ba.center, 15, b'ab'); t(ba.split, b''); t(ba.replace, 'o', 'x'); t(ba.join, ['a']); t(ba.partition, 'x'); t(ba.find, 'x'); t(ba.count, 256); t(ba.strip, 'x'); t(ba.translate, b'short')
print(b'a,b,,c'.split(b','), b'  a  b  '.split(None, 1), b'a b c'.rsplit(maxsplit=1), b'a\r\nb\rc\n'.splitlines(keepends=True), b'abc'.center(8, b'-'), b'%(x)s and %(y)d' % {b'x': b'X', b'y': 5})
t(lambda: b'%(x)s' % {'x': 1}); t(lambda: b'%s' % 'str'); t(lambda: b'%d' % 1.5); t(lambda: b'%c' % 256); t(lambda: b'%c' % b'ab'); t(lambda: b'%x' % 255); t(lambda: b'%a' % [1, 'é'])
m = memoryview(b'abcdef'); t(lambda: m.cast('c')[0]); t(m.cast, 'x'); t(lambda: list(memoryview(bytearray(b'ab')).cast('b'))); t(lambda: memoryview(b'ab').tolist()); t(lambda: m[1:4].hex()); t(lambda: m.hex(':', 2))
print(bytes(5), bytearray(3), bytes([65, 66]) * 2, b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd', b'abc'[::-1], bytearray(b'abc')[::2], b'x' in bytearray(b'xyz'), bytearray(b'a') == b'a', bytearray(b'b') > b'a')
ba2 = bytearray(b'abcdef'); ba2[::2] = b'XYZ'; print(ba2); ba2[1:3] = b''; print(ba2); ba2[0:0] = b'123'; print(ba2); del ba2[-2:]; print(ba2); ba2.extend(range(65, 68)); print(ba2); t(ba2.extend, [300]); t(ba2.extend, 'ab'); t(ba2.__setitem__, slice(0, 1), 'x')
