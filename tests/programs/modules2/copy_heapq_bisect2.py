import copy, heapq, bisect
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class Node:
    def __init__(self, v, kids=()): self.v, self.kids = v, list(kids)
    def __repr__(self): return f'Node({self.v}, {self.kids})'
tree = Node(1, [Node(2), Node(3, [Node(4)])]); c = copy.copy(tree); d = copy.deepcopy(tree)
tree.kids[1].kids.append(Node(5)); print(c, d, c.kids is tree.kids, d.kids[0] is tree.kids[0])
class Slots:
    __slots__ = ('a', 'b')
    def __init__(self): self.a = [1]; self.b = 2
s = Slots(); s2 = copy.copy(s); s3 = copy.deepcopy(s); s.a.append(9); print(s2.a, s3.a, s2.b)
class WithState:
    def __init__(self): self.x = 1; self.cache = {}
    def __getstate__(self): return {'x': self.x}
    def __setstate__(self, st): self.__dict__.update(st); self.cache = 'fresh'
w = copy.deepcopy(WithState()); print(w.x, w.cache)
class Red:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (Red, (self.a * 10,))
print(copy.copy(Red(2)).a, copy.deepcopy(Red(3)).a)
shared = [1]; obj = [shared, shared]; dc = copy.deepcopy(obj); print(dc[0] is dc[1], dc[0] is shared)
memo = {}; x = [1, [2]]; y = copy.deepcopy(x, memo); print(y, len(memo) > 0)
print(copy.copy(range(3)), copy.deepcopy(b'ab'), copy.copy(None), copy.deepcopy(len) is len, copy.copy(int) is int, copy.deepcopy({'a': (1, [2])}), copy.copy(bytearray(b'x')), copy.deepcopy(1.5))
fn = lambda: 1; print(copy.copy(fn) is fn, copy.deepcopy(fn) is fn)
t(copy.copy, iter([])) if False else None
t(copy.Error.__mro__.__len__) if False else None
print(issubclass(copy.Error, Exception), copy.error is copy.Error)
tasks = []; [heapq.heappush(tasks, (p, name)) for p, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]]; print([heapq.heappop(tasks) for _ in range(len(tasks))])
h = list(range(10, 0, -1)); heapq.heapify(h); print(h, [heapq.heappop(h) for _ in range(3)], h)
print(heapq.nlargest(3, {'a': 5, 'b': 9, 'c': 1}.items(), key=lambda kv: kv[1]), heapq.nsmallest(2, [5, 1, 4], key=lambda x: -x), heapq.nlargest(1, []), heapq.nsmallest(5, 'hello'), heapq.nlargest(3, iter([1, 3, 2, 5])))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge()), list(heapq.merge([], [1])), list(heapq.merge('ace', 'bdf')), list(heapq.merge([(1, 'z')], [(1, 'a')])))
hp = [1, 3, 2]; print(heapq.heappushpop(hp, 0), hp, heapq.heappushpop(hp, 5), hp, heapq.heapreplace(hp, 0), hp)
t(heapq.heappush, [], None) ; t(heapq.heappush, [1], None); t(heapq.nlargest, 'x', [1]); t(heapq.heapify, [1, 'a', 2])
grades = [60, 70, 80, 90]; print([ 'FDCBA'[bisect.bisect(grades, s)] for s in [33, 60, 75, 89, 90, 100]])
a = [1, 3, 3, 5]; print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect_left(a, 0), bisect.bisect_right(a, 9), bisect.bisect_left(a, 3, lo=2), bisect.bisect_left(a, 3, hi=1), bisect.bisect(a, 3, 0, len(a)))
recs = [('a', 1), ('b', 3), ('c', 5)]; print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1])); bisect.insort(recs, ('d', 4), key=lambda r: r[1]); print(recs)
l = []; [bisect.insort(l, v) for v in [5, 1, 4, 1, 3]]; print(l); bisect.insort_left(l, 4); bisect.insort_right(l, 4, lo=0, hi=len(l)); print(l)
t(bisect.bisect_left, [1, 2], 1, lo=-1); t(bisect.bisect_right, [1, 'a'], 2); t(bisect.insort, (1, 2), 3); t(bisect.bisect, None, 1); t(bisect.bisect_left, [1], 1, 0, 5)
print(bisect.bisect_left([1.0, 2.5], 2), bisect.bisect(['a', 'c'], 'b'), bisect.bisect([[1], [3]], [2]))
class R2:
    def __init__(self): self.items = [1]
    def __reduce_ex__(self, proto): return (R2, (), {'items': self.items, 'proto': proto})
r2 = copy.deepcopy(R2()); print(r2.items, r2.proto, copy.copy(R2()).proto)
class R3(list):
    def __reduce__(self): return (R3, (), None, iter(self))
r3 = copy.deepcopy(R3([[1], [2]])); print(r3, type(r3).__name__)
class R4:
    def __reduce__(self): return 'global_name'
r4 = R4(); print(copy.copy(r4) is r4)
import time
g = time.gmtime(0); print(copy.copy(g) == g, copy.deepcopy(g))
for n in [0, 1, 2, 5, -1, 2.5, 'x', None]:
    for it in [[3, 1, 2], iter([3, 1, 2]), [], 'cab']:
        for fn in (heapq.nsmallest, heapq.nlargest):
            try:
                print(n, fn.__name__, fn(n, it))
            except Exception as e:
                print(n, fn.__name__, type(e).__name__, e)
print(heapq.nsmallest(1, [(1, 'b'), (1, 'a')], key=lambda p: p[0]), heapq.nlargest(2, [(1, 'b'), (2, 'x'), (1, 'a'), (2, 'y')], key=lambda p: p[0]))
