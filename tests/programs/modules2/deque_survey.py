from collections import deque
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
d = deque(range(10))
print(d[0], d[-1], d[5]); d[2] = 'x'; del d[3]; print(d, len(d)); d.insert(-1, 'ins'); d.insert(100, 'end'); d.insert(-100, 'start'); print(d)
t(d.__getitem__, 20); t(d.__setitem__, -20, 0); t(d.__delitem__, 30); t(lambda: d['a']); t(d.index, 'nope'); t(d.index, 5, 0, 3); print(d.index(5, 3), d.index('x', -12))
m = deque(maxlen=2); t(m.insert, 0, 1); m.extend([1, 2]); t(m.insert, 0, 9); print(m, m.maxlen); t(setattr, m, 'maxlen', 5)
e = deque('abc'); e.extendleft('xy'); print(e); e.rotate(10); print(e); e.rotate(-10); print(e); e.rotate(0); print(e)
print(deque() == deque(), deque([1]) != deque([2]), deque([1, 2]) < deque([1, 3]), deque([1]) >= deque([1]), deque('ab') == 'ab', [1] == deque([1]))
f = deque([1, 2, 3]); f.remove(2); print(f); t(f.remove, 9); f.clear(); print(f, len(f)); t(f.pop); t(f.popleft)
g = deque([[1], [2]]); import copy; h = copy.copy(g); k = copy.deepcopy(g); g[0].append(9); print(h, k, g.copy() == g)
print(deque(range(5), maxlen=3), deque(range(3), 5), repr(deque([], 0)), deque(maxlen=None), deque('abc', maxlen=2))
t(deque, 'ab', -1); t(deque, 'ab', 1.5); t(deque, 1)
n = deque([1, 2, 3]); print(n * 2, 2 * n, n + deque([4])); n *= 0; print(n); o = deque([1], maxlen=3); o *= 5; print(o); p = deque([1, 2], maxlen=3); p += [3, 4]; print(p)
q = deque(); q.append(q); print(q); r = deque([1, 2, 3, 4]); print(list(reversed(r)), 2 in r, r.count(2), sum(r), max(r), sorted(r, reverse=True))
it = iter(r); next(it); r.append(5)
t(next, it)
s = deque(range(5)); print(s[1:3] if False else '', [x * 2 for x in s], list(map(str, s)), s.popleft(), s.pop(), s)
hist = deque(maxlen=3)
for line in ['a', 'b', 'c', 'd', 'e']:
    hist.append(line)
    print(list(hist), end=' ')
print()
def moving_average(seq, n=3):
    window = deque(maxlen=n); out = []
    for x in seq:
        window.append(x)
        if len(window) == n: out.append(sum(window) / n)
    return out
print(moving_average([1, 2, 3, 4, 5, 6]))
t(deque, [1], maxlen=2**70); t(hash, deque()); t(lambda: deque() + [1]); t(lambda: deque([1]) * 'x'); t(lambda: {deque(): 1})
t(delattr, m, 'maxlen')
