import random
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
t(random.seed, {1}); t(random.seed, [1]); t(random.seed, (1, 2)); t(random.Random, [1]); t(random.seed, 1, version=3)
random.seed(2024)
t(random.shuffle, (1, 2)); t(random.shuffle, 'ab'); l = list(range(10)); random.shuffle(l); print(l)
t(random.choice, {1: 2}); t(random.choice, 'a'); t(random.choice, range(10**12)); t(random.sample, range(10**12), 3); t(random.sample, 'abc', 0); t(random.sample, 'abc', 3)
t(random.choices, [], k=2); t(random.choices, 'ab', k=-1); t(random.choices, 'ab', [1, 2], cum_weights=[1, 2]); t(random.choices, 'ab', weights=[0, 0]); t(random.choices, 'ab', weights=[1, 2], k=5); t(random.choices, 'abc', [0.5, 0.25, 0.25], k=6)
t(random.uniform, 5, 1); t(random.uniform, 1, 1); t(random.randint, 1.0, 3); t(random.randint, 1, 3.5); t(random.randrange, 10.0); t(random.randrange, 0, 10, 2.0); t(random.randrange, 1, 2, -1); t(random.randrange, 10, 1, -3)
t(random.gauss); t(random.gauss, mu=1); t(random.normalvariate, 0, 0); t(random.expovariate, 0); t(random.triangular, 1, 1); t(random.betavariate, 1, 1); t(random.gammavariate, -1, 1); t(random.vonmisesvariate, 0, 0); t(random.lognormvariate, 1, 0)
t(random.getrandbits, 1); t(random.getrandbits, 64); t(random.getrandbits, 1000); t(random.getrandbits, 2.0); t(random.randbytes, 0); t(random.randbytes, 17); t(random.randbytes, -1)
r1, r2 = random.Random(7), random.Random(7); print([r1.random() for _ in range(3)] == [r2.random() for _ in range(3)], r1.randint(1, 6), r2.choice([1, 2, 3]))
st = random.getstate(); print(type(st), len(st), st[0], len(st[1]), st[2]); a = random.random(); random.setstate(st); print(a == random.random())
t(random.setstate, (1, 2)); t(random.setstate, 'x')
random.seed(99); print([round(random.gauss(10, 2), 6) for _ in range(5)], [random.randint(1, 6) for _ in range(20)], ''.join(random.choice('ACGT') for _ in range(30)))
random.seed(99); print(random.sample(population=list(range(50)), k=10), random.choices(population='xyz', k=10))
random.seed(5); deck = [f'{r}{s}' for r in '23456789TJQKA' for s in 'shdc']; random.shuffle(deck); print(deck[:13])
random.seed(0); print([random.randrange(0, 101, 5) for _ in range(10)], [random.randrange(-50, 50) for _ in range(5)], random.randint(-10**20, 10**20))
random.seed(b'\xff' * 40); print(random.random()); random.seed('x' * 100); print(random.random()); random.seed(-(2**200)); print(random.random()); random.seed(0.5); print(random.random()); random.seed(float('inf')) if False else None
random.seed(123); print(random.binomialvariate(5) if hasattr(random, 'binomialvariate') else '', random.paretovariate(1.5), random.weibullvariate(2, 0.5), random.vonmisesvariate(0, 10), random.gammavariate(3.5, 2), random.betavariate(0.5, 0.5))
class MyRandom(random.Random):
    def random(self): return 0.5
m = MyRandom(); print(m.random(), m.choice('abcd'), m.randint(1, 10), m.uniform(0, 10))
import itertools
class Seq(random.Random):
    def __init__(self): self.c = itertools.cycle([0.1, 0.7, 0.3, 0.95])
    def random(self): return next(self.c)
s = Seq(); print([s.randrange(10) for _ in range(6)], s.choice('abcdef'), s.sample(range(20), 3))
class Bits(random.Random):
    def getrandbits(self, k): return (1 << k) - 1 if k < 3 else 3
b = Bits(1); print(b.randrange(5), b.randrange(100))
