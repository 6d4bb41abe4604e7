import sys
print(sys.getsizeof(""))
print(sys.getsizeof("a"), sys.getsizeof("ab"), sys.getsizeof("hello world"))
print(sys.getsizeof("é"), sys.getsizeof("ÿ"), sys.getsizeof("aé"))
print(sys.getsizeof("€"), sys.getsizeof("a€"), sys.getsizeof("€€€"))
print(sys.getsizeof("😀"), sys.getsizeof("a😀"), sys.getsizeof("😀" * 10))
for n in (0, 1, 10, 100, 1000):
    print(n, sys.getsizeof("x" * n), sys.getsizeof("é" * n), sys.getsizeof("中" * n), sys.getsizeof("😀" * n))
print(sys.getsizeof(b""), sys.getsizeof(b"a"), sys.getsizeof(b"abc" * 10))
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"a")), sys.getsizeof(bytearray(10)))
ba = bytearray()
prev = sys.getsizeof(ba)
steps = []
for i in range(100):
    ba.append(1)
    s = sys.getsizeof(ba)
    if s != prev:
        steps.append((len(ba), s))
        prev = s
print(steps)
print(sys.getsizeof(str(12345)), sys.getsizeof(repr(1.5)))
print(sys.getsizeof("abc".upper()))
