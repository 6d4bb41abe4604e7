import functools
from functools import reduce, partial, lru_cache, wraps, cmp_to_key, total_ordering
print(reduce(lambda a, b: a + b, [1, 2, 3]), reduce(lambda a, b: a * b, [], 1), reduce(max, [3, 9, 2], 0))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(e)
def power(base, exp, *, mod=None):
    return pow(base, exp, mod)
sq = partial(power, exp=2)
print(sq(5), sq.func is power, sq.args, sq.keywords)
p2 = partial(power, 2)
print(p2(10), p2(10, mod=1000), p2.args)
print(repr(partial(power, 3, mod=7)).replace(hex(id(power)), "X").startswith("functools.partial(<function power at"))
pp = partial(partial(power, 2), 5)
print(pp(), pp.args, pp.func is power)
@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(30), fib.cache_info())
fib.cache_clear()
print(fib.cache_info())
@lru_cache(maxsize=2)
def sq2(x):
    print("compute", x)
    return x * x
for v in [1, 2, 1, 3, 2, 1]:
    sq2(v)
print(sq2.cache_info())
@lru_cache
def noparen(x):
    return x + 1
print(noparen(1), noparen.cache_info().hits, noparen.__name__)
def deco(f):
    @wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper
@deco
def documented(x):
    """Doc of documented."""
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__qualname__)
def compare(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(compare)), sorted("bca", key=cmp_to_key(lambda a, b: compare(b, a))))
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
@functools.singledispatch
def show(x):
    return f"obj {x!r}"
@show.register(int)
def _(x):
    return f"int {x}"
@show.register
def _(x: list):
    return f"list of {len(x)}"
print(show("s"), show(3), show([1, 2]), show(True))
class Cached:
    def __init__(self): self.n = 0
    @functools.cached_property
    def val(self):
        self.n += 1
        return 42
c = Cached()
print(c.val, c.val, c.n)
print(functools.reduce(lambda acc, kv: {**acc, kv[0]: kv[1]}, [("a", 1), ("b", 2)], {}))
def retry(times):
    def decorate(fn):
        @wraps(fn)
        def run(*args):
            for attempt in range(1, times + 1):
                try:
                    return fn(*args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts")
        return run
    return decorate
calls = iter([ValueError("a"), ValueError("b"), "ok"])
@retry(3)
def flaky():
    r = next(calls)
    if isinstance(r, Exception):
        raise r
    return r
print(flaky())
@retry(2)
def never():
    raise ValueError("no")
try:
    never()
except RuntimeError as e:
    print(e)
print(functools.partial(max, key=len)(["aa", "b", "cccc"]))
