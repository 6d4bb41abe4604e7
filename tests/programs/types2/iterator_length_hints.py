import operator
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
objs = [[1, 2, 3], (1, 2), 'abc', b'ab', bytearray(b'xyz'), range(5), {1: 2, 3: 4}, {1, 2}, frozenset([1]), {1: 2}.values(), {1: 2}.items(), reversed([1, 2]), reversed(range(3)), reversed('ab'), reversed((1,)), enumerate('ab'), zip('ab', 'c'), map(len, ['a']), filter(None, [1]), iter(range(10**3))]
for o in objs:
    it = iter(o)
    print(type(it).__name__, operator.length_hint(it), end=' ')
    next(it, None)
    print(operator.length_hint(it), list(it), operator.length_hint(it), next(it, 'done'))
l = [1, 2, 3]; it = iter(l); next(it); l.clear(); print(operator.length_hint(it), list(it)); l.extend([7, 8, 9]); print(list(it))
l = [1, 2]; it = reversed(l); l.append(3); print(list(it))
l = [1, 2, 3]; it = reversed(l); next(it); l.pop(); l.pop(); print(list(it))
class Sz:
    def __len__(self): return 7
class Hint:
    def __length_hint__(self): return 4
class BadHint:
    def __length_hint__(self): return -1
class NIHint:
    def __length_hint__(self): return NotImplemented
print(operator.length_hint(Sz()), operator.length_hint(Hint()), operator.length_hint(NIHint(), 9), operator.length_hint(object(), 3)); t(operator.length_hint, BadHint()); t(operator.length_hint, 5, 'x')
calls = iter([1, 2, 3, 0, 4]); print(list(iter(lambda: next(calls), 0)), list(iter(lambda: 1, 1)))
t(iter, 1, 2); t(iter, len, 1) if False else None
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq(), list(reversed([*Seq()])), list(enumerate(Seq())), tuple(iter(Seq())))
t(reversed, Seq())
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return 'abc'[i]
print(list(reversed(Rev())), next(reversed(Rev())))
e = enumerate('abc'); print(next(e), list(e), list(e)); z = zip([1, 2, 3], 'ab'); print(list(z), list(z))
m = map(lambda x, y: x + y, [1, 2, 3], [10, 20]); print(list(m)); f = filter(lambda x: x % 2, range(7)); print(next(f), list(f))
def gen():
    yield from range(3)
g = gen(); print(operator.length_hint(g), list(g))
it = iter([1, 2]); print(iter(it) is it, next(it), next(it), next(it, None)); t(next, it)
r = iter(range(3)); print(r.__length_hint__(), r.__next__(), r.__length_hint__())
t(next, iter({}), ) ; t(lambda: next(iter({1: 2}.items())))
d = {1: 1, 2: 2}; it = iter(d); next(it); d[3] = 3; t(next, it)
s = {1, 2}; it = iter(s); next(it); s.add(5); t(next, it)
d = {1: 1}; it = iter(d.values()); d.pop(1); t(next, it)
import operator
for o in [[1], 5]:
  try: print(operator.length_hint(o, 'x'))
  except Exception as e: print(e)
