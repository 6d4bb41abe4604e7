# Pins closures: counters with nonlocal, independent instances, late binding in loops, default-arg capture.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))
funcs = []
for i in range(3):
    funcs.append(lambda: i)
print(list(map(lambda f: f(), funcs)))
bound = []
for i in range(3):
    bound.append(lambda i=i: i)
print(list(map(lambda f: f(), bound)))
def make_multipliers():
    out = []
    for k in range(1, 4):
        def mul(x, k=k):
            return x * k
        out.append(mul)
    return out
print(list(map(lambda m: m(10), make_multipliers())))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x + "+inner"
        return inner()
    x = "rebound"
    return middle()
print(outer())
def accumulator():
    total = []
    def add(v):
        total.append(v)
        return sum(total)
    return add
acc = accumulator()
print(acc(1), acc(2), acc(10))
def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
g, s = make_pair()
print(g(), s(42), g())
def cell_after_loop():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n * 10)
        n += 1
    return fs
print(list(map(lambda f: f(), cell_after_loop())))
print(make_counter.__name__, c1.__name__, (lambda: 0).__name__)
