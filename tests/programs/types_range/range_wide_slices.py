# Slicing ranges longer than a machine word keeps exact bounds, and range
# arithmetic near its limits: lengths, items, membership and slices.
big = 10**29
r = range(big)
print(r[5:10**28:7], r[-3:], r[::-1][:3], r[10**28:][:2], r[-10**40:10**40:10**27])
print(range(10**30, 10**30 + 5), len(range(10**30, 10**30 + 5)), range(10**30, 10**30 + 5)[-1])
w = range(-10**29, 10**29, 3**40)
print(len(w), w[7], w[-1], w[2:5], 3**40 * 9 - 10**29 in w, w.index(w[12]), w.count(w[3]))
print(list(range(10**29, 10**29 + 3)), list(reversed(range(10**29, 10**29 + 3))))
print(range(0, 2**99, 2**98)[::2], range(10)[::-3], range(10)[True:], range(10)[:-2**80])


class Idx:
    def __index__(self):
        return 2


print(range(10)[Idx():Idx() * 3 if False else 8:Idx()])
for bad in (lambda: range(10)[1.5:], lambda: range(10)['a':], lambda: range(10)[::0]):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)
try:
    len(range(2**70))
except OverflowError as e:
    print('OverflowError:', e)
