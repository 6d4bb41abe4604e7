# Pins generator pipelines: manual islice/take, chained filters, generators consumed by sum/list/zip/enumerate/dict/any.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
def evens(it):
    return (x for x in it if x % 2 == 0)
def squares(it):
    for x in it:
        yield x * x
print(list(take(5, squares(evens(naturals())))))
print(list(take(10, "abc")))
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(12, primes())))
lines = ["a=1", "# comment", "b = 2", "", "c= 3"]
parsed = (l.split("=") for l in lines if l and not l.startswith("#"))
cfg = dict((k.strip(), int(v)) for k, v in parsed)
print(cfg)
print(sum(take(100, naturals())), any(x > 50 for x in naturals()), all(x < 3 for x in naturals()))
for i, (a, b) in enumerate(zip(naturals(10), take(3, naturals(100)))):
    print(i, a, b)
def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(running_total(range(1, 6))), max(running_total([3, -5, 10])))
g = (c.upper() for c in "hello")
print(next(g), next(g), "".join(g), list(g))
def window(seq, n):
    buf = []
    for x in seq:
        buf.append(x)
        if len(buf) > n:
            buf.pop(0)
        if len(buf) == n:
            yield tuple(buf)
print(list(window(range(6), 3)))
counter = 0
def side():
    global counter
    for i in range(3):
        counter += 1
        yield i
lazy = side()
print(counter, sorted(lazy, reverse=True), counter)
print(list(map(lambda p: p[0] * p[1], zip(take(4, naturals()), naturals(5)))))
print(sorted(set(x % 4 for x in take(20, naturals()))), tuple(reversed(list(take(3, naturals())))))
