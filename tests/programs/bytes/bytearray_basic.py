# bytearray: constructors, repr, item and slice access, mutation, operators.
import sys


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


# Constructors.
print(bytearray(), bytearray(5), bytearray(b'abc'), bytearray('abc', 'utf-8'))
print(bytearray([1, 2, 255]), bytearray(range(5)), bytearray((65, 66)))
print(bytearray('é', 'latin-1'), bytearray('é', encoding='utf-8'))
print(bytearray(bytearray(b'xy')), bytearray(memoryview(b'mv')))
print(bytearray(x for x in b'gen'))
t("str no enc", lambda: bytearray('abc'))
t("negative", lambda: bytearray(-1))
t("range", lambda: bytearray([1, 2, 256]))
t("neg item", lambda: bytearray([-1]))
t("str item", lambda: bytearray(['a']))
t("float", lambda: bytearray(3.0))
t("enc no str", lambda: bytearray(b'x', 'utf-8'))
t("enc int", lambda: bytearray(5, 'utf-8'))
t("errors only", lambda: bytearray('abc', errors='strict'))
t("errors no arg", lambda: bytearray(errors='strict'))
t("enc no arg", lambda: bytearray(encoding='utf-8'))
t("bad enc", lambda: bytearray('é', 'ascii'))
t("unknown enc", lambda: bytearray('x', 'nope'))
t("enc type", lambda: bytearray('x', 5))
print(type(bytearray()), type(bytearray()).__name__, isinstance(bytearray(), bytearray))
print(isinstance(bytearray(), bytes), issubclass(bytearray, object))

# repr and str.
print(repr(bytearray(b"it's")), repr(bytearray(b'a"b')), repr(bytearray(b'\x00\xff\n\t\\')))
print(str(bytearray(b'hi')), f"{bytearray(b'f')}")

# Indexing and slicing.
b = bytearray(b'hello world')
print(b[0], b[-1], b[1:4], b[::2], b[::-1], b[100:], b[-3:])
t("index", lambda: b[11])
t("neg index", lambda: b[-12])
t("str index", lambda: b['x'])
t("float index", lambda: b[1.5])

b[0] = 72
b[-1] = ord('D')
print(b)
b[0:5] = b'HELLO'
print(b)
b[0:5] = b'hi'
print(b)
b[0:0] = [1, 2]
print(b)
b[:2] = bytearray()
print(b)
b[::2] = b'ABCD'
print(b)
b[1::2] = memoryview(b'1234')
print(b)
b[len(b):] = b'!'
print(b)
b[:] = b
print(b)


def setitem(obj, key, value):
    obj[key] = value


t("set range", lambda: setitem(b, 0, 256))
t("set neg", lambda: setitem(b, 0, -1))
t("set str", lambda: setitem(b, 0, 'a'))
t("set bytes", lambda: setitem(b, 0, b'a'))
t("set out", lambda: setitem(b, 50, 1))
t("set key", lambda: setitem(b, 'k', 1))
t("slice int", lambda: setitem(b, slice(0, 2), 5))
t("slice str", lambda: setitem(b, slice(0, 2), 'ab'))
t("slice float", lambda: setitem(b, slice(0, 2), 5.0))
t("slice range", lambda: setitem(b, slice(0, 2), [1, 300]))
t("slice item", lambda: setitem(b, slice(0, 2), [1, 'a']))
t("ext size", lambda: setitem(b, slice(0, 5, 2), b'ab'))
print(b)

# Deletion.
c = bytearray(b'0123456789')
del c[0]
del c[-1]
print(c)
del c[1:3]
print(c)
del c[::2]
print(c)
del c[::-1]
print(c)
c = bytearray(b'abcdef')
del c[10:]
del c[::3]
print(c)


def delitem(obj, key):
    del obj[key]


t("del out", lambda: delitem(c, 10))
t("del key", lambda: delitem(c, 'x'))

# Mutating methods.
d = bytearray()
d.append(1)
d.append(0x41)
d.extend(b'xy')
d.extend([1, 2])
d.extend(bytearray(b'!'))
d.extend(memoryview(b'mv'))
d.extend(iter(range(3)))
d.extend(x for x in (7, 8))
print(d)
d.insert(0, 9)
d.insert(-1, 10)
d.insert(100, 11)
d.insert(-100, 12)
print(d)
print(d.pop(), d.pop(0), d.pop(-2), d)
d.remove(0x41)
print(d)
e = d.copy()
e.reverse()
print(e, d, e is d)
e.clear()
print(e, len(e))
t("append range", lambda: d.append(256))
t("append str", lambda: d.append('a'))
t("append none", lambda: d.append())
t("extend int", lambda: d.extend(5))
t("extend str", lambda: d.extend('ab'))
t("extend bad", lambda: d.extend([1, 256]))
t("insert range", lambda: d.insert(0, 500))
t("insert args", lambda: d.insert(0))
t("pop empty", lambda: bytearray().pop())
t("pop range", lambda: bytearray(b'a').pop(5))
t("pop args", lambda: bytearray(b'a').pop(1, 2))
t("remove missing", lambda: bytearray(b'a').remove(5))
t("remove range", lambda: bytearray(b'a').remove(500))
t("clear args", lambda: d.clear(1))

# Operators.
x = bytearray(b'ab')
print(x + b'cd', b'cd' + x, x + x, x + memoryview(b'mv'), b'b' + memoryview(b'mv'))
print(x * 3, 2 * x, x * 0, x * -1)
t("concat str", lambda: x + 'c')
t("concat int", lambda: x + 1)
t("bytes concat str", lambda: b'x' + 'y')
t("mul float", lambda: x * 1.5)
y = x
y += b'cd'
y += bytearray(b'e')
y += memoryview(b'f')
print(y, y is x, x)
y *= 2
print(y, y is x)
y *= 0
print(y, y is x)


def iadd(a, b):
    a += b
    return a


t("iadd str", lambda: iadd(bytearray(b'a'), 'x'))
t("iadd list", lambda: iadd(bytearray(b'a'), [1]))

# Comparisons, membership, hashing, truth.
print(bytearray(b'abc') == b'abc', b'abc' == bytearray(b'abc'), bytearray(b'a') == bytearray(b'a'))
print(bytearray(b'abc') != b'abd', bytearray(b'abc') < b'abd', b'abd' > bytearray(b'abc'))
print(bytearray(b'ab') <= bytearray(b'ab'), bytearray(b'b') >= b'a', bytearray() < b'\x00')
print(bytearray(b'abc') == 'abc', bytearray(b'a') == 97, bytearray(b'abc') == memoryview(b'abc'))
t("lt str", lambda: bytearray(b'abc') < 'abd')
print(97 in bytearray(b'abc'), 100 in bytearray(b'abc'), b'bc' in bytearray(b'abc'))
print(bytearray(b'bc') in b'abc', memoryview(b'bc') in bytearray(b'abc'), b'' in bytearray())
t("in range", lambda: 300 in bytearray(b'abc'))
t("in str", lambda: 'a' in bytearray(b'abc'))
t("hash", lambda: hash(bytearray()))
t("set of", lambda: {bytearray()})
t("dict key", lambda: {bytearray(b'k'): 1})
print(bool(bytearray()), bool(bytearray(b'\x00')), len(bytearray(b'abc')))

# Iteration.
print(list(bytearray(b'abc')), [v for v in bytearray(b'xy')], tuple(reversed(bytearray(b'ab'))))
print(type(iter(bytearray())).__name__, sorted(bytearray(b'cab')), sum(bytearray(b'\x01\x02')))
print(max(bytearray(b'az')), bytes(bytearray(b'round')), list(map(hex, bytearray(b'\x10'))))
it = iter(bytearray(b'ab'))
print(next(it), next(it), next(it, 'done'))

# sys.getsizeof grows in CPython's steps.
base = sys.getsizeof(bytearray())
print([sys.getsizeof(bytearray(n)) - base for n in range(5)])
print(sys.getsizeof(bytearray(b'abc')) - base, sys.getsizeof(bytearray([1, 2, 3])) - base)
g = bytearray()
steps = []
for i in range(40):
    g.append(i)
    steps.append(sys.getsizeof(g) - base)
print(steps)
g.extend(b'x' * 100)
print(sys.getsizeof(g) - base)
g += b'y' * 3
print(sys.getsizeof(g) - base)
del g[:100]
print(sys.getsizeof(g) - base, len(g))
del g[:20]
print(sys.getsizeof(g) - base, len(g))
g.clear()
print(sys.getsizeof(g) - base)
print(sys.getsizeof(bytearray(b'ab') * 5) - base, sys.getsizeof(bytearray(b'abc').copy()) - base)
