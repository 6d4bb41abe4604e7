# Pins simple generators: lazy execution order, next(), StopIteration, exhaustion, generator objects' type and repr-free attributes.
def count_up(n):
    print("start")
    i = 0
    while i < n:
        print("yielding", i)
        yield i
        i += 1
    print("done")

g = count_up(3)
print(type(g).__name__)
print("created")
print(next(g))
print(next(g))
print(list(g))
try:
    next(g)
except StopIteration as e:
    print(type(e).__name__, e.args, e.value)
print(next(g, "default"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
out = []
for x in fib():
    if x > 100:
        break
    out.append(x)
print(out)
f = fib()
print([next(f) for _ in range(10)])
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in "a bbb cc".split()))
gen = (i * i for i in range(5))
print(type(gen).__name__, 4 in gen, list(gen))
def early():
    yield 1
    return
    yield 2
print(list(early()))
def with_args(*xs, sep="-"):
    for x in xs:
        yield f"{sep}{x}{sep}"
print(list(with_args(1, 2, sep="*")), list(zip(count_up(2), "ab")))
print(list(zip(range(3), enumerate(fib(), 1))), [p for p, _ in zip(fib(), range(6))])
def gen_name(): yield
print(gen_name.__name__, gen_name().__name__, next(gen_name()))
g2 = count_up(1)
print(iter(g2) is g2, hasattr(g2, "send"), hasattr(g2, "__next__"))
