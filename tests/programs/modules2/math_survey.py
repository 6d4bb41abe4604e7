import math
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
for name in ['sqrt', 'exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'floor', 'ceil', 'trunc', 'fabs', 'gamma', 'lgamma', 'erf', 'erfc', 'degrees', 'radians', 'isnan', 'isinf', 'isfinite', 'factorial', 'isqrt']:
    f = getattr(math, name)
    for x in [0, 1, -1, 0.5, 2, -2.5, 10, 1e308, float('inf'), float('-inf'), float('nan'), 10**20, True, 'x']:
        try:
            print(name, repr(x), repr(f(x)))
        except Exception as e:
            print(name, repr(x), type(e).__name__, e)
t(math.log, 8, 2); t(math.log, 100, 10); t(math.log, 0); t(math.log, 10**400); t(math.log, 2**1000, 2); t(math.log, 1, 1); t(math.log, 10, 0); t(math.log2, 2**1100); t(math.log10, 10**500)
t(math.pow, 2, 0.5); t(math.pow, -1, 0.5); t(math.pow, 0, -1); t(math.pow, 10, 400); t(math.pow, float('nan'), 0); t(math.pow, 1, float('nan'))
t(math.atan2, 1, -1); t(math.atan2, 0.0, -0.0); t(math.hypot, 3, 4); t(math.hypot); t(math.hypot, 1, 2, 2); t(math.dist, (0, 0), (3, 4)); t(math.dist, (1,), (1, 2))
t(math.copysign, 1, -0.0); t(math.fmod, 7, -3); t(math.fmod, -7, 3); t(math.fmod, 1, 0); t(math.remainder, 7, 2); t(math.remainder, 5, 2); t(math.modf, -3.5); t(math.modf, float('inf')); t(math.frexp, 8); t(math.frexp, 0); t(math.ldexp, 0.5, 4); t(math.ldexp, 1, 2000)
t(math.gcd, 12, 18); t(math.gcd); t(math.gcd, 0, 0); t(math.gcd, -4, 6, 8); t(math.lcm, 4, 6); t(math.lcm); t(math.lcm, 0, 5); t(math.gcd, 1.5, 2)
t(math.comb, 5, 2); t(math.comb, 5, 6); t(math.comb, -1, 2); t(math.perm, 5, 2); t(math.perm, 5); t(math.perm, 5, 6); t(math.comb, 100, 50); t(math.factorial, 30); t(math.factorial, -1); t(math.factorial, 1.0); t(math.isqrt, -1); t(math.isqrt, 10**30)
t(math.prod, [1, 2, 3]); t(math.prod, []); t(math.prod, [2], start=5); t(math.prod, [1.5, 2]); t(math.fsum, [1e100, 1, -1e100]); t(math.fsum, [float('inf'), float('-inf')]); t(math.fsum, [])
t(math.isclose, 1, 1 + 1e-10); t(math.isclose, 1, 1.1, rel_tol=0.2); t(math.isclose, 0, 1e-10, abs_tol=1e-9); t(math.isclose, 1, 1, rel_tol=-1); t(math.isclose, float('inf'), float('inf'))
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
t(math.nextafter, 1, 2); t(math.ulp, 1.0); t(math.ulp, 0.0); t(math.sqrt, -1); t(math.floor, float('inf')); t(math.ceil, float('nan')); t(math.trunc, 'x'); t(math.floor, 'x')
class F:
    def __floor__(self): return 'fl'
    def __ceil__(self): return 'ce'
    def __trunc__(self): return 'tr'
print(math.floor(F()), math.ceil(F()), math.trunc(F()))
class Fl:
    def __float__(self): return 2.0
print(math.sqrt(Fl()), math.exp(Fl()))
t(math.exp, 1000); t(math.exp, -1000); t(math.cosh, 1000); t(math.sinh, 1000); t(math.gamma, 0); t(math.gamma, -1); t(math.gamma, 200); t(math.lgamma, 0); t(math.acos, 2); t(math.atanh, 1)
import math
for x in [2.0**28+1, 1e10, 1e20, 1e300, 12345678901.0, 1e308, 0.5, 3.0]: print(math.asinh(x), math.acosh(x), math.asinh(-x))
