def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
s = {1, 2, 3}
t(s.remove, 9); t(set().pop); t(s.add, []); t(lambda: [] in s); t(lambda: s < [1]); t(lambda: s | [1]); t(s.union, [4], (5,)); t(s.intersection, [1, 9], [1]); t(s.difference); t(s.symmetric_difference, [3, 4]); t(s.issubset, [1, 2, 3, 4]); t(s.issuperset, (1,)); t(s.isdisjoint, 'ab')
t(lambda: {frozenset([1])} ); t(lambda: {1} in {frozenset({1})}); t(lambda: set([1]) == frozenset([1])); t(lambda: hash(frozenset()) == hash(frozenset())); t(hash, {1})
a = {1, 2}; a |= {3}; a &= {1, 3, 5}; a -= {9}; a ^= {7}; print(a); a.update('x', [9]); a.intersection_update([1, 'x', 9]); a.difference_update([9]); a.symmetric_difference_update([1, 2]); print(sorted(a, key=str)); a.discard(99); a.discard(2); print(a)
print(set(), frozenset(), frozenset({1}), set('aa'), {1} < {1, 2}, {1} <= {1}, {1, 2} > {1}, {1} == {1.0}, type(frozenset([1]) | {2}), type({2} | frozenset([1])), type({1}.copy()), frozenset([1]).copy())
t(lambda: {[]}); t(set, 5); t(frozenset, 1); t(lambda: set.add(frozenset(), 1)); t(lambda: {1}.remove([])); t(lambda: {1}.discard([])); t(lambda: [] in frozenset())
b = {1, 2, 3}
def mut():
    for x in b:
        b.add(x + 10)
t(mut)
print(sorted({-1, -2, 5, 0}), {0, -1, 1, 2**64, -(2**64)} == {0, -1, 1, 2**64, -(2**64)}, len({1, 1.0, True}), {None, (1, 2)} == {(1, 2), None})
print(set([3, 1, 2]), {10, 5, 100, 33}, set(range(20, 0, -3)), {-5, -1, 0}, {1.5, 2.5}, {True, 2})
s2 = set(); s2.add(frozenset({1, 2})); print(frozenset({1, 2}) in s2, {1, 2} in s2, s2.__contains__({1, 2}))
t(s2.remove, {1, 2}); print(s2)
class X:
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, X)
print(len({X(), X()}))
fs = frozenset([3, 1]); print(fs | {2}, fs & {1}, fs - {1}, fs ^ {4}, fs.union(), fs.isdisjoint([]), repr(frozenset()))
r = range(10)
print(r, range(1, 10, 2), range(0), range(-5, 5)[::-1], r[2:8:3], r[-1], r[::-1][0], len(range(0, 10, 3)), range(10)[::2] == range(0, 10, 2), range(0) == range(5, 5), range(3).index(2), range(0, 20, 5).count(10), 5 in r, 5.0 in r, 'a' in r)
t(lambda: r[10]); t(r.index, 11); t(range, 1, 2, 0); t(range, 1.5); t(range); t(range, 1, 2, 3, 4); t(lambda: r['x']); print(hash(range(3)) == hash(range(0, 3)), range(1, 4).start, range(1, 4, 2).step, reversed(range(3)).__next__(), list(range(5, 0, -2)), range(3) == [0, 1, 2])
print(slice(1, 2), slice(3), slice(None, None, -1), slice(1, 10, 3).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(10), slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3))
t(slice(0, 1, 0).indices, 5); t(slice(0, 1).indices, -1); t(slice); t(hash, slice(1)); print(slice(1, 'a', []).stop, [1, 2, 3][slice(None, None, 2)])
class I:
    def __index__(self): return 2
print([10, 20, 30][I()], [1, 2, 3, 4][I():], range(10)[I()], 'abcd'[:I()], bin(I()), hex(I()), (5).__pow__(I()) if False else '', list(range(I())))
t(lambda: [1][1.5]); t(lambda: 'ab'[None]); t(lambda: [1, 2][:1.5]); t(lambda: (1, 2)[:'a'])
print(bool(0), bool(''), bool([]), bool(()), bool({}), bool(set()), bool(range(0)), bool(0.0), bool(None), bool(1), bool('0'), bool([0]), bool(-0.0), bool(float('nan')))
print(True == 1, True is not 1 if False else '', isinstance(True, int), issubclass(bool, int), True.__class__, str(True), repr(False), int(True), True + 0.5, True / 2, True // 2, True ** 2, hash(True), bool.__name__)
t(bool, 1, 2); t(lambda: type(True)(5)); t(lambda: bool.__new__(bool, 0))
class B(int): pass
t(lambda: type('x', (bool,), {}))
print(repr(True and 5), repr(0 or ''), repr(not []), True & 1, type(True & 1), True | 2)
