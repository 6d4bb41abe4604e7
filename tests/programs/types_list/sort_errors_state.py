import random
random.seed(3)
class Boom:
    def __init__(self, v, limit): self.v = v; self.limit = limit
    def __lt__(self, o):
        self.limit[0] -= 1
        if self.limit[0] == 0: raise ValueError("boom")
        return self.v < o.v
    def __repr__(self): return str(self.v)
for lim in [1, 5, 50, 300, 1000]:
    limit = [lim]
    l = [Boom(random.randrange(100), limit) for _ in range(120)]
    try:
        l.sort()
        print("sorted", l[:10])
    except ValueError as e:
        print(lim, e, l[:15])
    limit = [lim]
    try:
        l.sort(reverse=True)
    except ValueError as e:
        print(lim, "rev", l[:15])
n = float("nan")
print(sorted([n, 1, n, 0, 2, n, -1] * 5))
big = list(range(2000)); random.shuffle(big)
print(sorted(big) == list(range(2000)), sorted(big, reverse=True)[:3])
runs = list(range(500)) + list(range(250)) + list(range(1000, 0, -1)) + [5] * 100
print(sorted(runs)[::97])
