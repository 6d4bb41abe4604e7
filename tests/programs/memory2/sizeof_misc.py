import sys
ba = bytearray(b"abc")
print(sys.getsizeof(ba))
ba.extend(b"x" * 30)
print(sys.getsizeof(ba))
ba.clear()
print(sys.getsizeof(ba))
print(sys.getsizeof(bytearray(range(20))), sys.getsizeof(bytearray(b"a") * 10))
print(sys.getsizeof(set("abcdef")), sys.getsizeof(set(range(20))), sys.getsizeof(frozenset("ab")))
s = set(range(10))
s.clear()
print(sys.getsizeof(s))
print(sys.getsizeof({1, 2, 3}), sys.getsizeof({i for i in range(8)}))
print(sys.getsizeof(tuple("abc")), sys.getsizeof(tuple(range(100))), sys.getsizeof((1,) * 5))
print(sys.getsizeof(1 << 30), sys.getsizeof(1 << 60), sys.getsizeof(-(1 << 120)), sys.getsizeof(10 ** 50))
print(sys.getsizeof(0.0), sys.getsizeof(float("inf")))
print(sys.getsizeof("a" * 5 + "é"), sys.getsizeof("abc".encode()), sys.getsizeof("é".encode()))
print(sys.getsizeof(str(2 ** 100)), sys.getsizeof("%d" % 5), sys.getsizeof(f"{1}{2}"))
print(sys.getsizeof(range(0)), sys.getsizeof(range(10 ** 20)))
class A:
    pass
class B(A):
    __slots__ = ("x",)
class S:
    __slots__ = ("a", "b", "__weakref__")
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(S()))
print(A().__sizeof__(), S().__sizeof__())
def gen(n):
    for i in range(n):
        yield i
print(sys.getsizeof(gen(3)))
