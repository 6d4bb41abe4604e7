# functools.lru_cache and functools.cache: the wrapper type, cache_info(),
# cache_clear(), cache_parameters(), __wrapped__, eviction order, typed keys.
import functools


def double(x):
    """Twice x."""
    return x * 2


f = functools.lru_cache(maxsize=2)(double)
print(type(f), type(f).__name__, type(f).__module__, type(f).__qualname__)
print(isinstance(f, functools._lru_cache_wrapper), callable(f))
print(f.__wrapped__ is double, f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f(1), f(1), f(2), f(3), f(1), f.cache_info())
info = f.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info), info == (1, 4, 2, 2))
print(type(info), type(info).__name__, info._fields, info._asdict())
f.cache_clear()
print(f.cache_info(), f.cache_parameters())
print(functools._CacheInfo(1, 2, 3, 4))


@functools.cache
def square(x):
    return x * x


print(type(square).__name__, square(3), square(3), square.cache_info(), square.cache_parameters())


@functools.lru_cache
def ident(x):
    return x


print(ident(1), ident.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def typed(x):
    return repr(x)


print(typed(1), typed(1.0), typed(1), typed.cache_info())


@functools.lru_cache(maxsize=0)
def never(x):
    return x


print(never(1), never(1), never.cache_info())


@functools.lru_cache(maxsize=-5)
def negative(x):
    return x


print(negative.cache_info(), negative.cache_parameters())


@functools.lru_cache(maxsize=None)
def keywords(a, b=0):
    return a + b


print(keywords(1, b=2), keywords(1, b=2), keywords(a=1, b=2), keywords.cache_info())


@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


class Counter:
    calls = 0

    @functools.lru_cache(maxsize=None)
    def bump(self, x):
        Counter.calls += 1
        return x + 1


c = Counter()
print(c.bump(1), c.bump(1), Counter.calls, Counter.bump.cache_info())
print(Counter.bump.__get__(None, Counter) is Counter.bump)

for bad in ('a', 1.5):
    try:
        functools.lru_cache(maxsize=bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    functools.lru_cache(5)(3)
except TypeError as e:
    print('TypeError:', e)
