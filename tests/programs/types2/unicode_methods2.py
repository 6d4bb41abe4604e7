def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
words = ['naïve', 'Ünïcödé', 'straße', 'ΑΒΓ', 'ǅemal', 'ﬃ', 'İstanbul', 'ß', 'Σίσυφος', '日本語', '😀 smile', 'Ⅻ', 'ｆｕｌｌ']
for w in words:
    print(repr(w), w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold(), len(w), w.isalpha(), w.isupper(), w.islower(), w.istitle(), w.isprintable(), w.isidentifier(), ascii(w), w.encode('utf-8')[:6], w.center(12, '·'), w[::-1])
for ch in ['5', '٥', '۵', '߅', '५', '①', '½', '²', 'Ⅻ', '〇', '六', 'x', '_', '\u00a0', '\u2009', '\u200b', '\x85', '\t', '\x1f', '\u3000']:
    print(repr(ch), ch.isdigit(), ch.isdecimal(), ch.isnumeric(), ch.isspace(), ch.isalnum(), ch.isprintable(), ch.isalpha())
for s in ['٣٤', '١٢٣.٥', '߁߂', '５', '1٣', '²']:
    t(int, s); t(float, s)
print('a\u0301'.upper(), len('a\u0301'), 'e\u0301' == 'é', sorted(['é', 'e', 'f', 'E']), 'ﬁ'.upper(), 'ǰ'.upper(), 'ΐ'.upper(), 'ŉ'.title())
print('Σ'.lower(), 'ΑΣ'.lower(), 'ΑΣ Α'.lower(), 'ΑΣΑ'.lower(), 'Σ '.lower(), 'aΣ'.lower(), 'aΣb'.lower(), 'ΣΣ'.lower())
print('hello world'.title(), "it's o'neil".title(), 'x1y2'.title(), 'ǆ'.title(), 'HELLO'.istitle(), 'Hello World'.istitle(), 'Hello world'.istitle())
print('αβγ'.encode('utf-8'), 'αβγ'.encode('utf-8').decode(), '€'.encode('latin-1', 'replace'), 'a€b'.encode('ascii', 'xmlcharrefreplace'), 'a€b'.encode('ascii', 'backslashreplace'), b'\xe2\x82'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'backslashreplace'))
t(b'\xe2\x82'.decode); t(b'\xc0\x80'.decode); t(b'\xed\xa0\x80'.decode); t(b'\xf4\x90\x80\x80'.decode); t('日本'.encode, 'latin-1')
print('x'.join('日本'), '日本語'.find('語'), '日本語'.index('本'), '日本語'[1:], '日本語'.split('本'), list('日本'), '日'.center(5, '*'), f'{"日本":>5}|', '%-5s|' % '日本')
