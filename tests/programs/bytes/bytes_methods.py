# bytes methods compared with CPython, edge cases included.


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


s = b'  the quick  brown fox  '
print(s.split(), s.split(b' '), s.split(None, 1), s.rsplit(None, 1), s.split(b' ', 2), s.rsplit(b' ', 2))
print(b'a,b,,c'.split(b','), b'a,b,,c'.rsplit(b',', 1), b''.split(), b''.split(b','), b'abc'.split(maxsplit=0))
print(b'a\tb\nc\x0bd\x0ce\rf'.split(), b'1<>2<>3'.split(b'<>'), b'x'.split(sep=b'x'))
print(b'one\ntwo\r\nthree\rfour\n'.splitlines(), b'a\n\nb'.splitlines(keepends=True), b''.splitlines())
print(b'-'.join([b'a', b'b', b'c']), b''.join([]), b', '.join((b'x',)), b'.'.join(iter([b'1', b'2'])))
print(s.strip(), s.lstrip(), s.rstrip(), b'xxhixx'.strip(b'x'), b'abcba'.strip(b'ab'), b'\t\n x \r'.strip())
print(b'hello'.replace(b'l', b'L'), b'hello'.replace(b'l', b'L', 1), b'aaa'.replace(b'a', b'b', 0))
print(b'abc'.replace(b'', b'-'), b'abc'.replace(b'', b'-', 2), b''.replace(b'', b'x'), b'aaaa'.replace(b'aa', b'b'))
h = b'hello world'
print(h.find(b'o'), h.find(b'o', 5), h.find(b'o', 5, 7), h.find(b''), h.find(b'', 20), h.find(b'z'), h.find(111))
print(h.rfind(b'o'), h.rfind(b'o', 0, 5), h.rfind(b''), h.index(b'w'), h.rindex(b'l'), h.find(b'o', -4))
print(h.count(b'l'), h.count(b''), h.count(b'l', 4), h.count(b'o', 0, -3), b'aaaa'.count(b'aa'), h.count(108))
print(h.startswith(b'hell'), h.startswith(b'world', 6), h.startswith((b'x', b'he')), h.startswith(b''), h.startswith(b'h', 20))
print(h.endswith(b'ld'), h.endswith(b'lo', 0, 5), h.endswith((b'a', b'b')), h.endswith(b'world', -5), h.endswith(()))
print(h.upper(), b'HeLLo'.lower(), b'HeLLo'.swapcase(), b"they're bill's".title(), b'hELLO wORLD'.capitalize())
print(b'\xe9a'.upper(), b'a1b2'.title(), b''.capitalize(), b'123abc'.capitalize())
print(b'123'.isdigit(), b''.isdigit(), b'12a'.isdigit(), b'abc'.isalpha(), b'ab1'.isalpha(), b'ab1'.isalnum())
print(b' \t\n'.isspace(), b''.isspace(), b'ABC1'.isupper(), b'1'.isupper(), b'abc1'.islower(), b'Title Case'.istitle())
print(b'Not title'.istitle(), b'\x7f'.isascii(), b'\x80'.isascii(), b''.isascii(), b'\xe9'.isalpha())
print(b'ab'.center(7), b'ab'.center(7, b'*'), b'abc'.center(6, b'-'), b'ab'.center(1), b'ab'.ljust(5), b'ab'.rjust(5, b'0'))
print(b'42'.zfill(5), b'-42'.zfill(5), b'+42'.zfill(2), b''.zfill(3), b'abc'.zfill(-1))
print(b'a\tbc\td'.expandtabs(), b'a\tb'.expandtabs(2), b'x\ty\nz\tw'.expandtabs(tabsize=4), b'\t'.expandtabs(0))
print(b'abc'.partition(b'b'), b'abc'.partition(b'x'), b'abcb'.rpartition(b'b'), b'abc'.rpartition(b'x'))
print(b'prefix-body'.removeprefix(b'prefix-'), b'body'.removeprefix(b'x'), b'body.py'.removesuffix(b'.py'))
print(b'\x00\x01\xff'.hex(), b'abcdef'.hex('-'), b'abcdef'.hex(':', 2), b'abcdef'.hex(':', -2), b'abcde'.hex(b' ', 2), b''.hex())
print(bytes.fromhex('41 42  43'), bytes.fromhex('deadBEEF'), bytes.fromhex(''), bytes.fromhex(' 00 '))
print(b'caf\xc3\xa9'.decode(), b'caf\xc3\xa9'.decode('utf-8'), b'caf\xe9'.decode('latin-1'), b'abc'.decode('ascii'))
print(b'\xff\xfeab'.decode('utf-8', 'replace'), b'\xffab'.decode('utf-8', 'ignore'), b'\xffab'.decode('ascii', 'backslashreplace'))
print(b'x'.decode(encoding='utf-8', errors='strict'), b'\xe9'.decode(errors='replace'))
table = bytes.maketrans(b'abc', b'ABC')
print(len(table), b'aabbcc'.translate(table), b'abcdef'.translate(None, b'ace'), b'abc'.translate(table, delete=b'b'))
print(b'%s and %s' % (b'a', b'b'), b'%d%%' % 50, b'%5s|%-5s|' % (b'x', b'y'), b'%x %X %o' % (255, 255, 8))
print(b'%c%c' % (65, b'B'), b'%r' % b'q', b'%a' % 'é', b'%(k)s' % {b'k': b'v'}, b'%.2f' % 3.14159, b'%i' % 3)
print(b'%-4d|%04d|%+d' % (5, 5, 5), b'%b' % b'bytes', b'%s' % bytearray(b'ba'))

# Identity: unchanged exact bytes come back as the same object.
x = b'same'
print(x.strip() is x, x.replace(b'z', b'y') is x, x.ljust(2) is x, x.zfill(1) is x, x.split()[0] is x)
print(x.translate(None) is x, x.removeprefix(b'z') is x, b''.join([x]) is x, x.partition(b'z')[0] is x)

# Sequence behaviour.
print(h[0], h[-1], h[1:3], h[::-1], h[::3], list(b'ab'), b'ab' * 3, 3 * b'-', b'a' + b'b', b'' * 5)
print(b'll' in h, 108 in h, b'' in h, b'abc' < b'abd', b'ab' < b'abc', b'b' > b'abc', b'x' == b'x')
print(len(h), hash(b'x') == hash(b'x'), bytes(3), bytes([65, 66]), bytes(range(3)), bytes(b'copy'))
print(bytes('é', 'utf-8'), bytes('abc', 'ascii'), bytes('é', encoding='latin-1'), bytes(x for x in [1, 2]))
print(bytes(bytearray(b'ba')), bytes(memoryview(b'mv')), bytes(), type(bytes()).__name__, bytes(b'x') is not None)
print(sorted(b'cba'), max(b'az'), min(b'az'), sum(b'\x01\x02'), list(reversed(b'ab')), b'a' * 0 == b'')
