import random
random.seed(11)
for t in range(40):
    a = set(random.randrange(-50, 200) for _ in range(random.randrange(0, 30)))
    b = frozenset(random.randrange(-50, 200) for _ in range(random.randrange(0, 30)))
    l = [random.randrange(-50, 200) for _ in range(10)]
    print(a | b, a & b, a - b, a ^ b, b | a, b & a, b - a, b ^ a)
    print(a.union(l), a.intersection(l), a.difference(l), a.symmetric_difference(l))
    c = set(a); c |= b; d = set(a); d &= b; e = set(a); e -= b; f = set(a); f ^= b
    print(c, d, e, f)
    c = set(a); c.update(l); d = set(a); d.intersection_update(l); e = set(a); e.difference_update(l); f = set(a); f.symmetric_difference_update(l)
    print(c, d, e, f)
    g = set(a)
    while len(g) > 3: g.pop()
    print(g, {x * 2 for x in a}, set(l), frozenset(l), list(set(l)))
