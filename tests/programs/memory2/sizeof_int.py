import sys
for v in (0, 1, -1, 255, 2**29, 2**30 - 1, 2**30, 2**60, 2**63, 2**90, 2**100, 10**100, -(2**64)):
    print(sys.getsizeof(v))
print(sys.getsizeof(True), sys.getsizeof(False))
print(sys.getsizeof(1.0), sys.getsizeof(None))
print(sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)), sys.getsizeof(tuple(range(10))))
print(sys.getsizeof(set()), sys.getsizeof({1}), sys.getsizeof(set(range(5))), sys.getsizeof(set(range(10))), sys.getsizeof(set(range(100))))
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(10))))
s = set()
prev = sys.getsizeof(s); steps = []
for i in range(100):
    s.add(i)
    z = sys.getsizeof(s)
    if z != prev:
        steps.append((len(s), z)); prev = z
print(steps)
print(sys.getsizeof(range(10)), sys.getsizeof(slice(1, 2)))
print(sys.getsizeof(object()))
class A: pass
class B:
    __slots__ = ("x", "y")
print(sys.getsizeof(A()), sys.getsizeof(B()))
class Sz:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sz()))
class Bad:
    def __sizeof__(self): return -1
try:
    sys.getsizeof(Bad())
except ValueError as e:
    print(e)
class Bad2:
    def __sizeof__(self): return "x"
try:
    sys.getsizeof(Bad2())
except TypeError as e:
    print(e)
print(sys.getsizeof(Bad2(), 5))
print(sys.getsizeof(1, 10))
print([].__sizeof__(), (1, 2).__sizeof__(), "ab".__sizeof__(), (5).__sizeof__())
print({}.__sizeof__(), set().__sizeof__(), object().__sizeof__())
def f(): pass
print(sys.getsizeof(f) > 0, sys.getsizeof(len) > 0)
print(sys.getsizeof(iter([])), sys.getsizeof(enumerate([])))
print(sys.getsizeof(Ellipsis), sys.getsizeof(NotImplemented))
print(sys.getsizeof(int), sys.getsizeof(A) > 0)
print(sys.getsizeof(memoryview(b"abc")))
print(sys.getsizeof(x for x in []))
