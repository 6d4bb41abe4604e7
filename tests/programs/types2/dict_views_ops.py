def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)
d = {1: 10, 2: 20, 3: 30}
k, v, i = d.keys(), d.values(), d.items()
t(lambda: k - [1]); t(lambda: [1, 5] - k); t(lambda: k | [4]); t(lambda: (4,) | k); t(lambda: k & range(2)); t(lambda: range(3) & k); t(lambda: k ^ (1, 9)); t(lambda: i - [(1, 10)]); t(lambda: i | [(9, 9)]); t(lambda: i & {(2, 20), (2, 21)}); t(lambda: i ^ [(1, 10), (5, 5)])
t(lambda: k - 1); t(lambda: k | None); t(lambda: k & [[1]]); t(lambda: i & [[1, 10]]); t(lambda: k < [1]); t(lambda: k == [1, 2, 3]); t(lambda: k == {1, 2, 3}); t(lambda: k == frozenset({1, 2, 3})); t(lambda: i == {(1, 10), (2, 20), (3, 30)}); t(lambda: v == v); t(lambda: v == d.values()); t(lambda: v - v)
t(lambda: k <= {1, 2, 3, 4}); t(lambda: k < {1, 2, 3}); t(lambda: k >= {1}); t(lambda: k > k); t(lambda: {1, 2} < k); t(lambda: i <= i); t(lambda: k.isdisjoint([4, 5])); t(lambda: k.isdisjoint(k)); t(lambda: i.isdisjoint([(1, 10)])); t(lambda: k.isdisjoint(5))
t(lambda: [1, 10] in i); t(lambda: (1,) in i); t(lambda: ([], 1) in i); t(lambda: [] in k); t(lambda: [] in v); t(lambda: 10 in v); t(lambda: (1, 10) in i)
t(len, k); t(len, v); t(len, i); t(bool, {}.keys()); t(bool, k); t(list, reversed(v)); t(hash, k) 
dd = {}; dd['self'] = dd.keys(); t(repr, dd); e = {}; e['v'] = e.values(); t(repr, e); f = {}; f['i'] = f.items(); t(repr, f)
it = iter(k); d[4] = 40
t(lambda: next(it))
d2 = {'a': 1}; it2 = iter(d2.items()); del d2['a']; d2['b'] = 2; t(lambda: next(it2))
d3 = {1: 1}; it3 = iter(d3); d3[1] = 2; t(lambda: next(it3)); t(lambda: next(it3))
print(type(k).__name__, type(v).__name__, type(i).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(i)).__name__, type(reversed(k)).__name__)
print(sorted(k), sorted(i, reverse=True), max(v), sum(v), list(zip(k, v)), dict(i) == d, set(k) == set(d), list(map(lambda p: p[0] * p[1], i)))
x = {'b': 1, 'a': 2}; ks = x.keys(); x['c'] = 3; del x['b']; print(ks, list(ks), len(ks), ks.mapping)
t(lambda: {1: 2}.keys() & {1: 2}.keys()); t(lambda: {1: 2}.items() | {3: 4}.items()); t(lambda: {}.keys() ^ {}.keys())
print({}.keys() == set(), {1: 2}.items() == {(1, 2)}, {1: 2}.keys() != {1}, {1: [1]}.items() == [(1, [1])])
t(lambda: {1: [1]}.items() == {(1, 2)}); t(lambda: {1: [1]}.items() & {(1, 2)}); t(lambda: {(1, 2)} - {1: [1]}.items())
