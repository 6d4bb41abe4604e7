n = float("nan")
print(sorted([3, n, 1, 2]), sorted([n, 3, 1, 2, n, 0]), sorted([5, 1, n, 4, 2, n, 3, 0, 9, 7, 8, 6]))
import random
random.seed(5)
data = [random.random() for _ in range(100)] + [n] * 5
random.shuffle(data)
s = sorted(data)
print([i for i, x in enumerate(s) if x != x], s[:3])
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return (self.v % 7) < (o.v % 7) if self.v % 3 else self.v < o.v
    def __repr__(self): return str(self.v)
print(sorted([K(i) for i in [15, 3, 22, 9, 1, 30, 12, 7, 18, 4, 27, 2, 11, 24, 6, 19, 5, 28, 13, 8, 21, 10, 16, 0, 25, 14, 20, 17, 23, 26, 29]]))
cnt = 0
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        global cnt
        cnt += 1
        return self.v < o.v
random.seed(1)
vals = [C(random.randrange(1000)) for _ in range(500)]
sorted(vals); print(cnt)
cnt = 0; sorted([C(i) for i in range(100)]); print(cnt)
cnt = 0; sorted([C(-i) for i in range(100)]); print(cnt)
cnt = 0; sorted([C(i % 10) for i in range(100)]); print(cnt)
