# memoryview over bytes and bytearray: views share the buffer, slices are
# views, writes go through, release and exports.


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


def setitem(obj, key, value):
    obj[key] = value


def delitem(obj, key):
    del obj[key]


ro = memoryview(b'hello')
print(ro[0], ro[-1], ro.tobytes(), ro.tolist(), len(ro), ro.hex(), ro.hex(':', 2))
print(ro.readonly, ro.nbytes, ro.itemsize, ro.format, ro.ndim, ro.shape, ro.strides)
print(ro.suboffsets, ro.c_contiguous, ro.f_contiguous, ro.contiguous)
print(type(ro).__name__, isinstance(ro, memoryview), type(ro[1:]) is memoryview)
print(ro[1:4].tobytes(), ro[::-1].tobytes(), ro[::2].tolist(), ro[10:].tobytes())
print(ro[1:][0], ro[::-1][0], ro[1:4][-1], ro[::2].strides, ro[::-1].strides)
print(ro[::2].contiguous, ro[::2].c_contiguous, len(ro[::3]), ro[3:1].nbytes)
print(ro == b'hello', b'hello' == ro, ro != b'hellO', ro == bytearray(b'hello'), ro == ro[:])
print(ro == 'hello', ro == [104, 101, 108, 108, 111], ro[::2] == b'hlo')
print(hash(ro) == hash(b'hello'), hash(ro[1:3]) == hash(b'el'))
print(bytes(ro), bytearray(ro[1:3]), list(ro[:2]), list(reversed(ro[:3])))
print(97 in memoryview(b'abc'), b'a' in memoryview(b'abc'), 100 in memoryview(b'abc'))
print(ro.obj, ro[2:].obj is ro.obj, memoryview(ro).obj is ro.obj)
print(repr(ro).startswith('<memory at 0x'), type(iter(ro)).__name__)
print(b'x' + memoryview(b'y'), bytearray(b'x') + memoryview(b'y'), b''.join([memoryview(b'a'), b'b']))
t("ro set", lambda: setitem(ro, 0, 1))
t("ro slice set", lambda: setitem(ro, slice(0, 1), b'x'))
t("del", lambda: delitem(ro, 0))
t("index", lambda: ro[10])
t("neg index", lambda: ro[-6])
t("str key", lambda: ro['x'])
t("float key", lambda: ro[1.0])
t("lt", lambda: ro < ro)
t("add", lambda: ro + b'x')
t("str arg", lambda: memoryview('ab'))
t("int arg", lambda: memoryview(5))
t("list arg", lambda: memoryview([1]))
t("no arg", lambda: memoryview())

# Writable views of a bytearray.
buf = bytearray(b'abcdef')
m = memoryview(buf)
print(m.readonly, m.obj is buf)
m[0] = 65
m[-1] = ord('F')
print(buf)
m[1:3] = b'BC'
print(buf)
m[::2] = b'xyz'
print(buf)
s = m[2:5]
s[0] = ord('!')
s[1:] = bytearray(b'??')
print(buf, s.tobytes())
buf[0] = ord('#')
print(m[0], s.obj is buf)
m[:2] = memoryview(b'mv')
print(buf)
t("value range", lambda: setitem(m, 0, 300))
t("value neg", lambda: setitem(m, 0, -1))
t("value str", lambda: setitem(m, 0, 'a'))
t("value bytes", lambda: setitem(m, 0, b'a'))
t("slice size", lambda: setitem(m, slice(0, 2), b'abc'))
t("slice list", lambda: setitem(m, slice(0, 2), [1, 2]))
t("hash writable", lambda: hash(m))
print(m.toreadonly().readonly, m.toreadonly().tobytes())
t("toreadonly set", lambda: setitem(m.toreadonly(), 0, 1))

# Exports: the bytearray cannot change size while a view exists.
t("append", lambda: buf.append(1))
t("extend", lambda: buf.extend(b'xy'))
t("pop", lambda: buf.pop())
t("remove", lambda: buf.remove(ord('F')))
t("insert", lambda: buf.insert(0, 1))
t("clear", lambda: buf.clear())
t("grow slice", lambda: setitem(buf, slice(0, 1), b'XX'))
t("shrink slice", lambda: delitem(buf, slice(0, 1)))
t("del item", lambda: delitem(buf, 0))


def iadd(a, b):
    a += b
    return a


def imul(a, n):
    a *= n
    return a


t("iadd", lambda: iadd(buf, b'x'))
t("iadd empty", lambda: iadd(buf, b''))
t("imul", lambda: imul(buf, 2))
t("imul one", lambda: imul(buf, 1))
t("same size slice", lambda: setitem(buf, slice(0, 2), b'ZZ'))
print(buf)
m.release()
s.release()
buf.append(ord('.'))
print(buf)

# Released views.
r = memoryview(b'abc')
r.release()
r.release()
t("item", lambda: r[0])
t("len", lambda: len(r))
t("tobytes", lambda: r.tobytes())
t("tolist", lambda: r.tolist())
t("hex", lambda: r.hex())
t("obj", lambda: r.obj)
t("nbytes", lambda: r.nbytes)
t("readonly", lambda: r.readonly)
t("format", lambda: r.format)
t("slice", lambda: r[1:])
t("iter", lambda: list(r))
t("bytes", lambda: bytes(r))
t("enter", lambda: r.__enter__())
t("cast", lambda: r.cast('B'))
print(r == b'abc', r == r, repr(r).startswith('<released memory at 0x'))

# Context manager.
cm = bytearray(b'ctx')
with memoryview(cm) as v:
    v[0] = ord('C')
    print(v.tobytes(), v is not None)
t("after with", lambda: v[0])
cm.extend(b'!')
print(cm)
with memoryview(b'q') as q:
    print(q.tobytes())
try:
    with memoryview(cm) as v2:
        raise KeyError('inside')
except KeyError as e:
    print('caught', e)
cm.extend(b'?')
print(cm)

# A view kept alive by a container, freed with it.
holder = [memoryview(bytearray(b'held'))]
print(holder[0].obj)
del holder

# cast
c = memoryview(bytearray(b'\x01\x00\x02\x00\xff\xff\x00\x80'))
h = c.cast('H')
print(h.format, h.itemsize, len(h), h.nbytes, h.tolist(), h.shape, h.strides)
print(c.cast('h').tolist(), c.cast('b').tolist(), c.cast('c').tolist()[:2], c.cast('@B').tolist())
print(c.cast('i').tolist(), c.cast('I').tolist(), c.cast('q').tolist(), c.cast('Q').tolist())
print(memoryview(b'\x01\x00').cast('?').tolist(), c.cast('H').cast('B').tolist())
print(c.cast('B', [8]).shape, c.cast('H')[1:].tolist())
h[0] = 513
print(c.tolist()[:2])
t("h range", lambda: setitem(h, 0, 70000))
t("h type", lambda: setitem(h, 0, 1.5))
t("c type", lambda: setitem(c.cast('c'), 0, 65))
t("multiple", lambda: memoryview(b'abc').cast('H'))
t("noncontig", lambda: c[::2].cast('B'))
t("bad format", lambda: c.cast('Z'))
t("two nonbyte", lambda: h.cast('i'))
t("format type", lambda: c.cast(1))
print(h == c.cast('H'), h == c)
