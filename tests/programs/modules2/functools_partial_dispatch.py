import functools, operator, copy
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b, c=3, *, d=4): return (a, b, c, d)
p = functools.partial(f, 1, d=10); print(p(2), p(2, 5), p(2, d=0), p.args, p.keywords, p.func.__name__)
print(repr(functools.partial(f, 1, d=10)).split(' at ')[0], repr(functools.partial(len)).split(' at ')[0] if False else repr(functools.partial(len)))
pp = functools.partial(functools.partial(f, 1), 2, c=9); print(pp(), pp.args, pp.keywords, pp.func is f)
t(functools.partial(f)); t(functools.partial(f, 1, 2, 3, 4)); t(setattr, p, 'func', len)
class A:
    def m(self, x, y=0): return (self.__class__.__name__, x, y)
    pm = functools.partialmethod(m, 5)
    pm2 = functools.partialmethod(m, y=7)
a = A(); print(a.pm(), a.pm(y=1), a.pm2(3))
@functools.cache
def fact(n): return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info() if hasattr(fact, 'cache_info') else '')
print(functools.reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []), functools.reduce(operator.or_, [{1}, {2}, {1, 3}]), functools.reduce(operator.mul, range(1, 11)))
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper
@deco
def documented(x: int) -> int:
    """Doubles."""
    return 2 * x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(4), documented.__qualname__)
def plain(): pass
w = functools.update_wrapper(lambda: None, plain); print(w.__name__, w.__wrapped__ is plain, functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
class K:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'K({self.v})'
print(sorted([K(3), K(1), K(2)], key=functools.cmp_to_key(lambda a, b: (a.v > b.v) - (a.v < b.v))))
key = functools.cmp_to_key(lambda a, b: a - b); print(key(1) == key(1), key(2) > key(1), key(1) <= key(1), key(3) != key(2)); t(hash, key(1))
@functools.total_ordering
class Ver:
    def __init__(self, *parts): self.parts = parts
    def __eq__(self, o): return self.parts == o.parts
    def __gt__(self, o): return self.parts > o.parts
    def __repr__(self): return 'Ver' + str(self.parts)
vs = [Ver(1, 2), Ver(1, 0), Ver(2)]; print(sorted(vs), max(vs), Ver(1) < Ver(2), Ver(1) <= Ver(1), Ver(3) >= Ver(4))
t(functools.total_ordering, type('X', (), {}))
@functools.singledispatch
def show(x): return f'obj {x!r}'
@show.register
def _(x: int): return f'int {x}'
@show.register(list)
@show.register(tuple)
def _(x): return f'seq of {len(x)}'
print(show(1), show('s'), show([1, 2]), show((1,)), show(True), show(2.5), show.dispatch(int).__name__ if False else '', sorted(k.__name__ for k in show.registry.keys()))
class Q:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def expensive(self):
        self.calls += 1
        return [1, 2]
q = Q(); print(q.expensive, q.expensive, q.calls, 'expensive' in q.__dict__); del q.expensive; print(q.expensive, q.calls)
print(operator.attrgetter('__class__.__name__')(1), operator.itemgetter(slice(1, 3))('abcd'), operator.itemgetter(-1)([1, 2]), list(map(operator.itemgetter(1), [(1, 'a'), (2, 'b')])), sorted([('b', 2), ('a', 2), ('c', 1)], key=operator.itemgetter(1, 0)))
mc = operator.methodcaller('center', 7, '*'); print(mc('ab'), operator.methodcaller('get', 'k', 0)({}), operator.methodcaller('sort', reverse=True))
print(operator.call(len, 'abc') if hasattr(operator, 'call') else 3, operator.__name__, operator.lt.__name__, operator.__lt__(1, 2), operator.__add__('a', 'b'))
