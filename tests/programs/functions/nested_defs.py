# Pins nested function definitions three deep, redefinition, functions defined conditionally, recursion in closures.
def a():
    def b():
        def c():
            return "c"
        return "b" + c()
    return "a" + b()
print(a())
def choose(flag):
    if flag:
        def impl():
            return "yes-impl"
    else:
        def impl():
            return "no-impl"
    return impl()
print(choose(True), choose(False))
def f():
    return 1
first = f
def f():
    return 2
print(first(), f(), first is f)
def counter_factory():
    def count_down(n):
        if n == 0:
            return ["liftoff"]
        return [n] + count_down(n - 1)
    return count_down
print(counter_factory()(5))
def memo_fib():
    cache = {}
    def fib(n):
        if n in cache:
            return cache[n]
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
    return fib, cache
fib, cache = memo_fib()
print(fib(90), len(cache))
def make_ops():
    def double(x):
        return x * 2
    def triple(x):
        return x * 3
    return {"double": double, "triple": triple}
ops = make_ops()
print(ops["double"](21), ops["triple"]("ab"), sorted(ops))
def outer(n):
    def middle(m):
        def inner(k):
            return n * 100 + m * 10 + k
        return inner
    return middle
print(outer(1)(2)(3), outer(9)(8)(7))
def doc():
    "A docstring is the first statement."
    return 0
print(doc(), doc.__doc__)
