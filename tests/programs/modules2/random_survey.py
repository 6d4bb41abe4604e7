import random
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
for seed in [0, 1, 42, 2**40, -5, 'hello', b'abc', 3.5, None if False else 7, bytearray(b'xy'), 10**50]:
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 100), random.randrange(10), random.randrange(0, 100, 7), random.choice('abcdef'), random.uniform(1, 2), random.getrandbits(70))
random.seed(123)
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample('abcdefg', 3), random.choices('abc', k=5), random.choices('abc', weights=[1, 0, 5], k=4), random.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=3))
print(random.gauss(0, 1), random.gauss(5, 2), random.normalvariate(0, 1), random.expovariate(1.5), random.triangular(), random.triangular(0, 10, 2), random.betavariate(2, 3), random.gammavariate(2, 1), random.gammavariate(0.5, 1), random.lognormvariate(0, 1), random.vonmisesvariate(1, 2), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.randbytes(5), random.getrandbits(0), random.randrange(-10, -2), random.randint(-5, -5), random.randrange(10, 0, -3))
t(random.randrange, 0); t(random.randrange, 5, 2); t(random.randrange, 1, 10, 0); t(random.randint, 5, 1); t(random.choice, []); t(random.sample, [1, 2], 3); t(random.sample, {1, 2}, 1); t(random.getrandbits, -1); t(random.randrange, 1.5); t(random.choices, 'ab', weights=[1]); t(random.sample, [1, 2], -1)
r = random.Random(5); print(r.random(), r.randint(0, 9)); st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
r2 = random.Random(); r2.seed(5); print(r2.random())
random.seed(9); x = [random.random() for _ in range(3)]; random.seed(9); print(x == [random.random() for _ in range(3)])
random.seed(1); print([random.randint(0, 2**64) for _ in range(3)], random.randrange(2**100))
random.seed(2); d = list('abcde'); random.shuffle(d); print(d, random.sample(range(10**6), 3), random.sample(list(range(10)), k=10))
random.seed(3); print(random.binomialvariate(10, 0.5) if hasattr(random, 'binomialvariate') else 'nb')
random.seed(4); print(random.sample(['a', 'b', 'c'], counts=[2, 3, 1], k=4))
class R(random.Random):
    pass
print(R(1).random())
random.seed(0, version=1); print(random.random())
random.seed('abc', version=1); print(random.random())
