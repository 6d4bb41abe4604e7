# Bench copy (small): closures, nonlocal state, lambdas, higher-order functions and keyword arguments.
def counter(start=0, step=1):
    n = start
    def inc():
        nonlocal n
        n += step
        return n
    return inc

def compose(*fs):
    def run(x):
        for f in fs:
            x = f(x)
        return x
    return run

def apply_n(f, n, x, *, trace=False):
    for _ in range(n):
        x = f(x)
    return x

total = 0
c = counter(step=3)
pipeline = compose(lambda v: v + 1, lambda v: v * 2, lambda v: v % 1000003)
for i in range(2000):
    total += c() + pipeline(i)
total += apply_n(lambda v: (v * 31 + 7) % 65521, 2000, 1, trace=False)
print(total)
