def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
d = {'a': 1, 'b': 2}
t(lambda: d['z']); t(lambda: d[[1]]); t(d.pop, 'z'); t(d.pop, 'z', 0); t({}.popitem); t(d.get, 'z'); t(d.setdefault, 'c'); print(d); t(d.update, [(1, 2), (3,)]); t(d.update, [1]); t(d.update, 5); t(d.update, {'x': 0}, y=1); print(d)
t(dict, [(1, 2)], a=3); t(dict, [[1, 2]]); t(dict, ['ab']); t(dict, ['abc']); t(dict, 5); t(dict, {1: 2}, {3: 4}); t(dict.fromkeys, 'abc'); t(dict.fromkeys, [1, 2], []); t(dict, a=1, b=2)
t(lambda: {**{'a': 1}, 'b': 2, **{'a': 3}}); t(lambda: {[]: 1}); t(lambda: {1: 2} | {3: 4}); t(lambda: {1: 2} | [(3, 4)]); dd = {1: 2}; dd |= [(5, 6)]; print(dd)
t(lambda: {1: 2} < {1: 2}); print({1: 2} == {1: 2.0}, {1: 2, 3: 4} == {3: 4, 1: 2}, {True: 'a', 1: 'b', 1.0: 'c'})
k = d.keys(); v = d.values(); i = d.items()
print(k, v, i, len(k), 'a' in k, 1 in v, ('a', 1) in i, ('a', 2) in i, list(reversed(k)), list(reversed(i)))
print(k & {'a', 'q'}, sorted(map(str, k | {'q'})), sorted(map(str, k - {'a'})), sorted(map(str, k ^ {'a', 'q'})), i & {('a', 1)}, k == {'a', 'b', 1, 3, 'x', 'y', 'c'}, k.isdisjoint({'zz'}), {'a'} <= k, k > {'a'}, sorted(map(str, i - {('a', 1)})))
print(type(k & set()), repr({}.keys()), repr({}.items()), {1: 2}.values() == {1: 2}.values(), k.mapping if hasattr(k, 'mapping') else '')
t(lambda: [x for x in d if d.pop(x)]); t(lambda: [d.__setitem__(x + 'q', 1) for x in d])
e = {1: 1}
def mut():
    for x in e:
        e[x + 1] = 1
t(mut); print(e)
od = dict.fromkeys(range(5)); del od[2]; od[2] = 'x'; print(list(od), od.popitem(), list(od.items())[0])
print(repr(dict(zip('ab', [[], {}]))), dict([('a', 1)]).copy(), {'a': {'b': [1, (2,)]}}, {1: 'x', 'y': 2.5, None: None, (1,): b'x'})
t(dict.get); t(d.get, 1, 2, 3); t(d.pop); t(d.keys, 1); t({}.fromkeys)
class M(dict):
    def __missing__(self, key):
        return key * 2
m = M(a=1); print(m['a'], m['zz'], m.get('zz'), 'zz' in m, m)
class N:
    def keys(self): return ['x', 'y']
    def __getitem__(self, k): return k.upper()
print(dict(N()), {**N()}); q = {}; q.update(N()); print(q)
t(lambda: {**[1]}); t(lambda: dict(**{1: 2}))
def f(**kw): return kw
t(lambda: f(**{'a': 1}, **{'a': 2})); t(lambda: f(**{1: 2}))
x = {}; x[1] = x; print(x); print(str({'a': 'b'}), {1, 2} if False else '')
print(sorted(d.items()), sorted(d, key=str), max(d), min(d.values(), key=str))
print(dict.__len__({1: 2}), {1: 2}.__contains__(1), {}.__class__, {'a': 1}.__eq__([]))
import sys
