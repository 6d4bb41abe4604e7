def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
recs = [('bob', 25, 'B'), ('amy', 30, 'A'), ('cal', 25, 'A'), ('dee', 30, 'B'), ('eve', 22, 'C')]
print(sorted(recs, key=lambda r: r[1]), sorted(recs, key=lambda r: (r[2], -r[1])), sorted(recs, key=lambda r: r[1], reverse=True))
s = sorted(recs, key=lambda r: r[0], reverse=True); s.sort(key=lambda r: r[2]); print(s)
l = [3, 1, 2]
def bad_key(x):
    l.append(x)
    return x
t(l.sort, key=bad_key); print(l)
l2 = [1, 2, 3]
def cmp_raise(x):
    if x == 2: raise ValueError('boom')
    return x
t(l2.sort, key=cmp_raise); print(l2)
class Weird:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return NotImplemented
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f'W{self.v}'
print(sorted([Weird(3), Weird(1), Weird(2)]))
class OnlyEq:
    def __eq__(self, o): return True
t(sorted, [OnlyEq(), OnlyEq()]); t(max, [OnlyEq(), OnlyEq()]); t(min, 1, OnlyEq())
print(sorted([True, False, 0, 1, -1, 0.5]), sorted(['b', 'B', 'a', 'A', '_', '1']), sorted([(1, 2), (1,), ()]), sorted([[], [0], [-1, 5]]), sorted([b'b', b'a', b'']))
print(sorted(['apple', 'Banana', 'cherry'], key=str.lower), sorted(['aa', 'b', 'ccc'], key=len, reverse=True), sorted(range(-5, 5), key=lambda x: x * x))
print(sorted({'x': 3, 'y': 1, 'z': 2}.items(), key=lambda kv: kv[1]), sorted(set('hello')), sorted(frozenset([3, 1])), sorted((3, 1, 2)), sorted('bca', reverse=True))
nan = float('nan'); print(sorted([3, nan, 1, 2]), sorted([nan, 3, 1]), max([nan, 5]), min([5, nan]))
big = list(range(1000, 0, -1)); big.sort(); print(big[:5], big[-3:], sorted(big, reverse=True)[:3])
import random
random.seed(1); data = [random.randint(0, 50) for _ in range(100)]; print(sorted(data)[:20], sorted(data, key=lambda x: -x)[:10], sorted(data) == sorted(data, key=lambda x: x))
t(sorted, [1, None]); t(sorted, [[1], ['a']]); t(sorted, [{1}, {2}]); t(sorted, [{'a': 1}, {'b': 2}]); t([3, 'a'].sort); t(sorted, [1, 2], key=1); t(sorted, [1, 2], key=lambda a, b: 0)
print(sorted([{1, 2}, {1}, {3}]), sorted([frozenset(), frozenset([1])]))
