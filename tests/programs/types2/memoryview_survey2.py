def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b'abcdef')
print(m[0], m[-1], m[1:3].tobytes(), bytes(m[::2]), m.tolist(), len(m), m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.obj, m == b'abcdef', m.hex(), m.tobytes().decode())
t(m.__setitem__, 0, 1); t(lambda: m[10]); t(lambda: m['a'])
ba = bytearray(b'hello'); mv = memoryview(ba); mv[0] = 72; mv[1:3] = b'EL'; print(ba, mv.readonly); t(mv.__setitem__, slice(0, 2), b'xyz'); t(mv.__setitem__, 0, 256); t(mv.__setitem__, 0, b'a')
t(ba.append, 1); mv.release(); ba.append(33); print(ba); t(lambda: mv[0]); t(len, mv)
with memoryview(b'xy') as w:
    print(w.tobytes())
t(lambda: w.tobytes())
c = memoryview(b'abc').cast('B'); print(c.tolist()); t(memoryview, 'abc'); t(memoryview, 5)
print(memoryview(b'ab') == memoryview(b'ab'), memoryview(b'ab') != b'ac', list(memoryview(b'xyz')), memoryview(b'') == b'', b'a' in bytes(memoryview(b'abc')))
m2 = memoryview(bytearray(range(8))); print(m2[2:6].tolist(), m2[::-1].tolist(), m2[::3].tobytes())
print(m2.toreadonly().readonly, bytes(m2[1:2]), m2[1:5][1:3].tolist())
t(lambda: memoryview(b'ab') < memoryview(b'ac'))
