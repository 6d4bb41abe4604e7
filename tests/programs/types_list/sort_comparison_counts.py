import random
random.seed(7)
for trial in range(60):
    n = random.randrange(0, 400)
    kind = trial % 5
    if kind == 0: data = [random.randrange(50) for _ in range(n)]
    elif kind == 1: data = sorted(random.randrange(1000) for _ in range(n))
    elif kind == 2: data = sorted((random.randrange(1000) for _ in range(n)), reverse=True)
    elif kind == 3:
        data = list(range(n)); 
        for _ in range(5):
            if n > 1:
                i, j = random.randrange(n), random.randrange(n); data[i], data[j] = data[j], data[i]
    else: data = [random.random() for _ in range(n)]
    pairs = [(v, i) for i, v in enumerate(data)]
    s = sorted(pairs, key=lambda p: p[0])
    assert [p[0] for p in s] == sorted(data)
    assert s == sorted(pairs), trial
    r = sorted(pairs, key=lambda p: p[0], reverse=True)
    assert r == sorted(pairs, key=lambda p: (-p[0], p[1])), trial
    cnt = [0]
    class C:
        __slots__ = ("v",)
        def __init__(self, v): self.v = v
        def __lt__(self, o):
            cnt[0] += 1
            return self.v < o.v
    sorted([C(v) for v in data])
    print(trial, n, cnt[0])
