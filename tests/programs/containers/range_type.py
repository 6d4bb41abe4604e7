# Pins range: len, indexing (negative), negative steps, in, repr, equality, iteration, and errors.
for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(5, 5), range(5, 0), range(-3, 3), range(0, -10, -4)]:
    print(repr(r), len(r), list(r), 3 in r, -4 in r, bool(r))
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[-3], r.start, r.stop, r.step, r.index(11), r.count(11), r.count(12))
print(list(range(10))[::2], str(range(1, 2)), repr(range(0, 5, 1)))
print(range(0) == range(5, 5), range(3) == range(0, 3, 1), range(1, 10, 2) == range(1, 11, 2), range(3) == [0, 1, 2])
print(len(range(2 ** 62)), range(10 ** 20)[-1], 10 ** 19 in range(10 ** 20), range(0, 10 ** 20, 3)[7])
total = 0
for i in range(100, 0, -7):
    total += i
print(total, sum(range(101)), list(range(-5, -1)), max(range(7)), min(range(3, 9)))
for bad in [lambda: range(1, 2, 0), lambda: range(3)[3], lambda: range(3)[-4], lambda: range("a"), lambda: range(1.0, 2),
            lambda: range(3).index(7), lambda: range()]:
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__, e)
it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
print(list(reversed(range(4))), list(reversed(range(1, 10, 3))))
