from collections import deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5); print(d, d.maxlen); d.extendleft('ab'); print(d); d.rotate(2); print(d); d.rotate(-3); print(d); print(d.count('a'), d.index(3), d[0], d[-1], len(d), 3 in d)
t(d.index, 99); t(lambda: d[99]); t(deque().pop); t(deque().popleft); t(d.remove, 99); d.remove('a'); print(d); d.insert(1, 'z') if len(d) < 5 else None; print(d); t(d.insert, 0, 'q')
e = deque('abc'); e.reverse(); print(e, e.copy(), e * 2, e + deque('x'), deque(maxlen=0), deque([1], 3), repr(deque()), e == deque('cba'), e < deque('d'))
e.clear(); print(e); t(deque, maxlen=-1); t(deque, 'ab', 'x'); del d[0]; print(d); d[0] = 'Q'; print(d); e2 = deque(range(10)); e2.rotate(13); print(e2, e2.pop(), e2.popleft())
t(lambda: deque([1])[1:]); f = deque(); f += [1, 2]; print(f, f.extend(range(3)), f)
dd = defaultdict(list); dd['a'].append(1); dd['b']; print(dd, dd.default_factory, dict(dd), dd.get('zz'), 'zz' in dd)
di = defaultdict(int, {'x': 5}); di['y'] += 1; print(di, repr(defaultdict()), defaultdict(None, a=1)); t(lambda: defaultdict()['q']); t(defaultdict, 5)
print(dd.copy(), type(dd.copy()), defaultdict(lambda: 'v')['k'])
c = Counter('abracadabra'); print(c, c.most_common(2), c.most_common(), c['z'], sorted(c.elements()), c.total())
c2 = Counter(a=3, b=-1, z=0); print(c + c2, c - c2, c | c2, c & c2, +c2, -c2, c2)
c.update('aaz'); print(c); c.subtract({'a': 10}); print(c); print(Counter({'a': 1}) == Counter({'a': 1, 'b': 0}), Counter(), repr(Counter()), Counter([1, 1, 2]).most_common(1), Counter('ab').keys())
c3 = Counter(a=1); c3['b'] += 2; del c3['a']; del c3['nope']; print(c3, Counter.fromkeys if False else '', list(Counter('zyzx')))
t(Counter.fromkeys, 'ab'); t(Counter, 'a', 'b'); c4 = Counter(x=1); c4 += Counter(x=2, y=-1); print(c4); c4 -= Counter(x=5); print(c4); c4 |= Counter(q=1); print(c4)
print(Counter('aab') <= Counter('aabb'), Counter('ab') < Counter('ab'), Counter(a=2) >= Counter(a=1))
od = OrderedDict([('a', 1), ('b', 2), ('c', 3)]); od.move_to_end('a'); print(od); od.move_to_end('c', last=False); print(od, od.popitem(), od.popitem(last=False), od)
t(od.move_to_end, 'zz'); print(OrderedDict(a=1) == OrderedDict(a=1), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), repr(OrderedDict()), list(reversed(OrderedDict(a=1, b=2))))
o2 = OrderedDict.fromkeys('xyz'); print(o2, o2.setdefault('w', 0), o2 | {'q': 1}, list(o2.keys()), list(o2.items())[-1])
P = namedtuple('P', 'x y'); p = P(1, 2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), P._fields, P._make([3, 4]), P(y=1, x=2), p == (1, 2), hash(p) == hash((1, 2)), repr(P), P.__name__)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 9]); print(Q(1), Q._field_defaults, Q(1, 2, 3), Q.__doc__)
R = namedtuple('R', 'a, def, a', rename=True); print(R._fields)
t(namedtuple, 'S', 'a a'); t(namedtuple, 'S', 'def'); t(namedtuple, 'S', '_a'); t(namedtuple, '1S', 'a'); t(P, 1); t(P, 1, 2, 3); t(p._replace, z=1); t(P, 1, 2, x=1); t(lambda: p.z); t(setattr, p, 'x', 5); t(P._make, [1])
x, y = p; print(x, y, *p, len(p), p.count(1), p.index(2), p + (3,), p * 2, p[:1], type(p[:1]))
class P3(namedtuple('P3', 'a b')):
    def total(self): return self.a + self.b
print(P3(1, 2).total(), P3(1, 2))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps, cm.new_child({'z': 0}), cm.parents); cm['c'] = 5; print(cm.maps[0]); t(lambda: cm['zz'])
