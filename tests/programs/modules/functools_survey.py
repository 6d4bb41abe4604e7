from functools import partial, reduce, lru_cache, wraps, cmp_to_key, total_ordering, cached_property
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, [], 1))
try:
    reduce(operator.add, [])
except TypeError as e:
    print(e)
def f(a, b, c=0, *, d=1): return (a, b, c, d)
p = partial(f, 1, d=5)
print(p(2), p(2, 3, d=7), p.func is f, p.args, p.keywords)
pp = partial(p, 9)
print(pp(), pp.args)
print(repr(partial(max, 1)).startswith("functools.partial(<built-in function max>"))
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(50), fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info())
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def noargs(x): return x
print(noargs(1), noargs.__name__)
def mydeco(fn):
    @wraps(fn)
    def wrapper(*a, **k):
        "wrapper doc"
        return fn(*a, **k)
    return wrapper
@mydeco
def documented(x):
    "real doc"
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented(3))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
@total_ordering
class N:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(N(1) <= N(2), N(3) >= N(2), N(1) > N(2))
class CP:
    @cached_property
    def val(self):
        print("computing")
        return 42
c = CP(); print(c.val, c.val)
@lru_cache(maxsize=None)
def kw(a, b=1): return a + b
print(kw(1), kw(1, b=2), kw(a=1), kw.cache_info().hits)
