import functools
from functools import partial, reduce, lru_cache, wraps, update_wrapper
def f(a, b=1, *args, c=2, **kw): return (a, b, args, c, kw)
p = partial(f, 1, c=3)
p2 = partial(p, 2, d=4)
print(p2(), p2.func is f, p2.args, p2.keywords)
print(p(c=5), p(9, 8, 7))
print(repr(partial(int, base=2)))
print(partial(int, base=2)("101"))
try:
    partial()
except TypeError as e:
    print(e)
try:
    partial(5)
except TypeError as e:
    print(e)
class A:
    def meth(self, x): return ("meth", x)
    pm = functools.partialmethod(meth, 5)
print(A().pm())
print(reduce(lambda a, b: a + b, [1, 2, 3], 10), reduce(max, [3, 9, 2]), reduce(lambda a, b: a, [7]))
try:
    reduce(lambda a, b: a, [], )
except TypeError as e:
    print(e)
try:
    reduce(1, [1, 2])
except TypeError as e:
    print(e)
calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x
for v in [1, 2, 3, 1, 4, 2, 5, 1]:
    sq(v)
print(calls, sq.cache_info())
print(sq.cache_parameters())
@lru_cache(typed=True)
def typed(x): return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed.cache_info().currsize)
@lru_cache(maxsize=0)
def nocache(x):
    calls.append(("nc", x)); return x
nocache(1); nocache(1)
print(calls[-2:], nocache.cache_info())
try:
    @lru_cache
    def unhash(x): return x
    unhash([1])
except TypeError as e:
    print(e)
print(sq.__wrapped__(7), sq.__name__)
def deco(fn):
    @wraps(fn)
    def w(*a, **k): return fn(*a, **k)
    return w
@deco
def target(a, b):
    """target doc"""
    return a - b
target.extra = 1
print(target.__name__, target.__qualname__, target.__doc__, target.__module__, target(5, 3), target.__wrapped__.__name__)
def source(): pass
source.attr = "copied"
def dest(): pass
update_wrapper(dest, source)
print(dest.__name__, dest.attr, dest.__wrapped__ is source)
def nodoc(): pass
@wraps(nodoc)
def wnd(): "has doc"
print(wnd.__doc__)
@functools.cache
def fact(n): return n * fact(n - 1) if n else 1
print(fact(20), fact.cache_info().misses)
key = functools.cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted(["b", "c", "a"], key=key), key(1) < key(2))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __gt__(self, o): return self.v > o.v
print(V(1) < V(2), V(1) <= V(1), V(3) >= V(4))
try:
    @functools.total_ordering
    class NoOrd:
        pass
except ValueError as e:
    print(e)
class Lazy:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1
        return self.n
lz = Lazy(); print(lz.val, lz.val, lz.__dict__)
del lz.val; print(lz.val)
print(functools.reduce(lambda acc, x: acc * x, range(1, 6)))
