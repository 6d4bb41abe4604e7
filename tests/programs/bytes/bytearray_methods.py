# The bytes methods on bytearray: results are new bytearrays, arguments
# may be any bytes-like object.


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


b = bytearray(b'  Hello, World!  ')
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b' !'), b.strip(bytearray(b' H')))
print(b.upper(), b.lower(), b.swapcase(), b.title(), bytearray(b'hello world').capitalize())
print(b.split(), b.split(b','), b.rsplit(None, 1), b.split(memoryview(b'o')), b.rsplit(b'l', 1))
print(bytearray(b'a\nb\r\nc').splitlines(), bytearray(b'a\nb').splitlines(True))
print(b.find(b'o'), b.rfind(b'o'), b.find(111), b.index(b'W'), b.rindex(bytearray(b'l')), b.count(b'l'))
print(b.find(b'o', 7), b.find(b'zz'), b.count(b'l', 0, 6), b.count(108))
print(b.startswith(b'  H'), b.endswith((b'x', bytearray(b'!  '))), b.startswith(memoryview(b' ')))
print(b.replace(b'l', b'L'), b.replace(b'l', b'', 2), b.replace(bytearray(b'o'), memoryview(b'0')))
print(b.partition(b','), b.rpartition(b'o'), b.partition(b'#'), b.rpartition(b'#'))
print(bytearray(b'-').join([b'a', bytearray(b'b'), memoryview(b'c')]), bytearray(b'').join([]))
print(bytearray(b'ab').center(6), bytearray(b'ab').ljust(5, b'*'), bytearray(b'ab').rjust(5, bytearray(b'.')))
print(bytearray(b'42').zfill(5), bytearray(b'-42').zfill(5), bytearray(b'a\tb').expandtabs(4))
print(bytearray(b'abc').removeprefix(b'a'), bytearray(b'abc').removesuffix(bytearray(b'bc')))
print(bytearray(b'123').isdigit(), bytearray(b'abc').isalpha(), bytearray(b'a1').isalnum(), bytearray(b' \t').isspace())
print(bytearray(b'ABC').isupper(), bytearray(b'abc').islower(), bytearray(b'Ab Cd').istitle(), bytearray(b'\x80').isascii())
print(bytearray(b'abc').hex(), bytearray(b'abc').hex('-'), bytearray(b'abcdef').hex(':', 2), bytearray().hex())
print(bytearray.fromhex('41 42 43'), type(bytearray.fromhex('')), bytearray.fromhex('deadbeef'))
print(bytearray(b'caf\xc3\xa9').decode(), bytearray(b'caf\xe9').decode('latin-1'), bytearray(b'\xff').decode('utf-8', 'replace'))
table = bytearray.maketrans(b'abc', b'xyz')
print(type(table).__name__, len(table), bytearray(b'aabbcc').translate(table), bytearray(b'abc').translate(None, b'b'))
print(b'abc'.translate(bytearray(table)), bytearray(b'abcabc').translate(table, bytearray(b'a')))

# Every result is a new bytearray, even when nothing changed.
c = bytearray(b'same')
for r in (c.strip(), c.replace(b'x', b'y'), c.ljust(2), c.zfill(1), c.translate(None), c.split()[0],
          c.partition(b'x')[0], c.removeprefix(b'x'), c.lower(), c.expandtabs()):
    print(type(r).__name__, r == c, r is c, end='; ')
print()
e1, e2 = bytearray(b'x').partition(b'y')[1:]
print(e1 is e2, bytearray(b'a').join([b'only']), type(bytearray(b'').join([b'only'])).__name__)

# Percent formatting.
print(bytearray(b'%s=%d') % (b'k', 5), bytearray(b'%x') % 255, bytearray(b'%b') % bytearray(b'ba'))
print(b'%s' % bytearray(b'x'), b'%s|%s' % (memoryview(b'm'), bytearray(b'n')), b'%r' % bytearray(b'r'))

# bytes methods accept bytearray and memoryview arguments.
print(b'hello'.find(bytearray(b'l')), b'hello'.count(memoryview(b'l')), b'a,b'.split(bytearray(b',')))
print(b'hello'.replace(memoryview(b'l'), bytearray(b'L')), b'x'.join([bytearray(b'1'), memoryview(b'2')]))
print(b'hello'.startswith((bytearray(b'x'), memoryview(b'he'))), b'  hi '.strip(bytearray(b' ')))
print(b'abc'.partition(bytearray(b'b')), b'ab' in b'cabd', bytearray(b'ab') in b'cabd')
print(bytes(bytearray(b'ab')), bytes(memoryview(b'cd')), str(bytearray(b'x'), 'ascii'), int(bytearray(b'12')))
print(float(bytearray(b'1.5')), int(memoryview(b'7')), b'ab' == bytearray(b'ab'))

# Errors name bytearray.
t("find arg", lambda: bytearray(b'x').find('x'))
t("find none", lambda: bytearray(b'x').find())
t("replace arg", lambda: bytearray(b'x').replace(1, 2))
t("join item", lambda: bytearray(b'x').join([b'a', 'b']))
t("join non-iter", lambda: bytearray(b'x').join(5))
t("split empty", lambda: bytearray(b'x').split(b''))
t("upper args", lambda: bytearray(b'x').upper(1))
t("fromhex bad", lambda: bytearray.fromhex('zz'))
t("fromhex type", lambda: bytearray.fromhex(b'41'))
t("center fill", lambda: bytearray(b'x').center(5, b'ab'))
t("startswith type", lambda: bytearray(b'x').startswith('x'))
t("decode bad", lambda: bytearray(b'\xff').decode())
t("index missing", lambda: bytearray(b'x').index(b'y'))
t("strip kw", lambda: bytearray(b'x').strip(chars=b'x'))
t("descriptor", lambda: bytearray.upper(b'x'))
t("descriptor bytes", lambda: bytes.upper(bytearray(b'x')))
t("unbound ok", lambda: bytearray.upper(bytearray(b'x')))
t("unbound none", lambda: bytearray.find())
t("sum", lambda: sum([bytearray(b'a')], bytearray()))
print(list(bytearray(b'abc') * 2), bytes.split(b'a b'), bytearray.split(bytearray(b'a b')))
