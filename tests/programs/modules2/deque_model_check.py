from collections import deque
import random
random.seed(3)
d = deque(); ref = []
for step in range(3000):
    op = random.randrange(10)
    v = random.randrange(100)
    if op < 3:
        d.append(v); ref.append(v)
    elif op < 5 and ref:
        assert d.popleft() == ref.pop(0)
    elif op < 6 and ref:
        assert d.pop() == ref.pop()
    elif op == 6:
        d.appendleft(v); ref.insert(0, v)
    elif op == 7 and ref:
        i = random.randrange(-len(ref), len(ref))
        assert d[i] == ref[i], (i, d[i], ref[i])
        d[i] = v; ref[i] = v
    elif op == 8:
        d.rotate(v % 7 - 3); k = (v % 7 - 3)
        if ref:
            k %= len(ref); ref[:] = ref[-k:] + ref[:-k] if k else ref
    else:
        assert list(d) == ref and len(d) == len(ref) and bool(d) == bool(ref)
print(len(d), list(d) == ref, d == deque(ref), list(reversed(d)) == ref[::-1])
b = deque(maxlen=5)
for i in range(100):
    b.append(i)
    if i % 7 == 0: b.popleft()
print(b, len(b), b[0], b[-1], list(b))
q = deque(range(100))
for _ in range(90): q.popleft()
print(q, q[0], q[-1], q.index(95), 95 in q, q.count(99), q.copy(), q * 2 == deque(list(q) * 2))
q.appendleft('L'); q.extendleft('ab'); print(q); q.insert(2, 'I'); print(q); del q[0]; print(q, q.maxlen); q.reverse(); print(q); q.clear(); print(q, len(q))
r = deque(range(10)); it = iter(r); next(it); r.popleft()
try:
    next(it)
except RuntimeError as e:
    print(e)
s = deque(range(50))
for _ in range(40): s.popleft()
import copy
print(copy.deepcopy(s), copy.copy(s), s == copy.deepcopy(s), repr(s))
random.seed(8)
d = deque(); ref = []
for step in range(4000):
    op = random.randrange(8)
    v = random.randrange(1000)
    if op < 2:
        d.appendleft(v); ref.insert(0, v)
    elif op < 3:
        d.append(v); ref.append(v)
    elif op < 4 and ref:
        assert d.popleft() == ref.pop(0)
    elif op < 5 and ref:
        assert d.pop() == ref.pop()
    elif op < 6 and ref:
        i = random.randrange(-len(ref), len(ref)); assert d[i] == ref[i]
    elif op < 7:
        d.extendleft([v, v + 1]); ref[0:0] = [v + 1, v]
    else:
        assert list(d) == ref and len(d) == len(ref)
print(len(d), list(d) == ref, repr(d)[:40])
m = deque(maxlen=4)
for i in range(10):
    m.appendleft(i)
    if i % 3 == 0: m.append(-i)
print(m, list(m))
