def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t('a b c'.split, maxsplit=1); t('a,b,c'.split, sep=','); t('a,b'.rsplit, sep=',', maxsplit=0); t('a\nb'.splitlines, keepends=True); t('abc'.replace, 'a', 'b', count=1); t('abc'.strip, chars='a'); t('abc'.center, width=5)
t('abc'.encode, encoding='ascii'); t(b'abc'.decode, encoding='ascii', errors='strict'); t('ab'.expandtabs, tabsize=2); t('x'.zfill, width=3); t('a'.ljust, 3, fillchar='-'); t('{}'.format_map, {}); t('{a}'.format_map, {'a': 1}); t('{a}'.format_map, {})
t((5).to_bytes, length=2, byteorder='big'); t(int.from_bytes, bytes=b'\x01', byteorder='big'); t((5).to_bytes, 2, byteorder='little', signed=True); t(int, x='5'); t(int, '5', base=10); t(float, x='1')
t([3, 1].sort, key=None, reverse=True); t(sorted, [1], key=None); t([].sort, lambda x: x); t([1].index, value=1); t([1].count, value=1); t([].insert, index=0, object=1); t([1].pop, index=0); t({}.get, key=1); t({}.pop, key=1); t({1: 2}.setdefault, key=1)
t({}.fromkeys, iterable='ab'); t(dict.fromkeys, 'ab', value=0); t(set().add, elem=1); t(range, stop=5); t(list, enumerate(iterable='ab', start=1)); t(list, zip('a', strict=False)); t(list, iterable='ab'); t(tuple, iterable='a'); t(min, [1], key=None, default=0); t(round, number=2.5); t(round, 2.567, ndigits=2)
t(pow, base=2, exp=3, mod=5); t(divmod, x=1, y=2); t(abs, x=1); t(len, obj=[]); t(repr, obj=1); t(format, value=1, format_spec='>3'); t(print, 'a', 'b', sep='-', end='!\n'); t(print, sep=1); t(print, end=1); t(print, file=1)
t(sum, [1], start=5); t(isinstance, obj=1, class_or_tuple=int); t(getattr, 1); t(hasattr, 1); t(setattr, 1, 'x'); t(chr, i=65); t(ord, c='a'); t(bin, number=1); t(iter, object=[])
t(str, object=5); t(str, b'x', encoding='ascii'); t(str, object=b'x', encoding='ascii'); t(bytes, source='ab', encoding='ascii'); t(bytes, 'ab', errors='strict'); t(bytearray, source=b'x'); t(bool, x=1); t(list.append, [], object=1)
t('abc'.index, 'c', 0, 2); t(b'ab'.count, b'a', 0, 1); t(b'a b'.split, sep=None, maxsplit=1); t(bytes.fromhex, string='00'); t(b'x'.hex, sep=':'); t(bytearray(b'ab').pop, index=0)
t('a'.join, iterable=['x']); t(str.join, '-', ['a']); t(str.maketrans, x='a'); t(str.upper); t(str.upper, 5); t(str.upper, 'a', 'b'); t(list.sort); t(dict.keys, [])
