import sys
def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class AlwaysEq:
    def __eq__(self, o): return True
print(AlwaysEq() in range(3), AlwaysEq() in range(0), range(3).count(AlwaysEq()), range(3).index(AlwaysEq()))
print(2.0 in range(5), 2.5 in range(5), range(5).count(2.0), range(5).index(2.0))
print(list(range(2**63 - 2, 2**63 + 2)), list(reversed(range(2**64, 2**64 + 3))), list(range(-2**63 - 1, -2**63 + 1)))
print(range(2**63 - 2, 2**63 + 2)[1], range(sys.maxsize)[-1], len(range(sys.maxsize)), range(-sys.maxsize, sys.maxsize)[sys.maxsize])
show(len, range(-sys.maxsize - 1, sys.maxsize))
show(len, range(-sys.maxsize, sys.maxsize + 1))
print(range(0, 10, 3)[::-1][::-1], range(10)[-1:-11:-1], range(10)[::-1][-1], range(3)[-3])
show(range(10).__getitem__, -11)
print(range(-3, 3).count(0), range(5).index(True), range(1, 10, 2).index(9))
it = iter(range(3)); print(it.__length_hint__(), next(it), it.__length_hint__(), type(it).__name__)
it = iter(range(2**65, 2**65 + 2)); print(list(it))
r = reversed(range(5)); print(type(r).__name__, r.__length_hint__(), list(r))
print(range(5) == range(0, 5, 1), range(0, 5, 2) == range(0, 6, 2), range(3, 3) == range(5, 5), range(1, 2, 3) == range(1, 2, 30), hash(range(1, 2, 3)) == hash(range(1, 2, 30)))
print(sorted([range(1), range(2)], key=len), list(map(len, [range(3), range(0, 10, 4)])), bool(range(0)), bool(range(1, 0)))
print(list(range(10, 0, -3)), list(range(0, -10, -4)), range(0, -10, -4)[-1], range(10, 0, -3).index(4))
print(min(range(5)), max(range(5, 0, -1)), sum(range(0, 100, 7)), tuple(range(3)), set(range(3)), dict.fromkeys(range(2)))
show(range(3).index, 3)
show(range(3).index, "x")
show(range, 1, "2")
show(range, 1.0, 2)
show(range, None)
class Ix:
    def __index__(self): return 4
print(range(Ix()), range(1, Ix()), range(0, 10, Ix()), Ix() in range(5) if False else "")
show(lambda: range(3) + range(3))
show(lambda: range(3) * 2)
show(lambda: range(3) < range(4))
show(hash, range(2**70))
print(repr(range(-1)), repr(range(2, 1, -1)), str(range(0, 10, 3)))
