import math
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 5
class F:
    def __float__(self): return 2.5
class BadF:
    def __float__(self): return 'x'
t(math.factorial, I()); t(math.comb, I(), 2); t(math.isqrt, I()); t(math.gcd, I(), 15); t(math.sqrt, F()); t(math.sqrt, BadF()); t(math.sqrt, I()); t(math.floor, F()); t(math.log, F()); t(math.pow, F(), 2)
t(math.comb, 10**4, 5000) if False else None
print(math.comb(50, 25), math.perm(20, 10), math.factorial(25), math.isqrt(2**200), math.gcd(2**100, 6**50), math.lcm(2**40, 3**30, 10), math.prod(range(1, 21)), math.prod([2] * 70))
t(math.comb, 5, -1); t(math.perm, -5, 1); t(math.comb, 1.0, 1); t(math.factorial, 2**100) if False else None; t(math.lcm, 1.5); t(math.prod, ['a', 'b']); t(math.prod, [[1]], start=[2]) ; t(math.prod, 5)
t(math.fsum, [1, 'a']); t(math.fsum, [1e308, 1e308]); t(math.fsum, [float('nan'), 1]); t(math.fsum, [float('inf'), 1]); t(math.fsum, range(10)); t(math.fsum, [0.1] * 10); t(math.fsum, [1e-16, 1, 1e-16])
t(math.dist, [1, 2], [3]); t(math.dist, 1, 2); t(math.dist, (0, 0, 0), (1, 1, 1)); t(math.hypot, 1e200, 1e200); t(math.hypot, float('inf'), float('nan')); t(math.hypot, -3); t(math.hypot, 'a')
t(math.log, -1); t(math.log, 0.0); t(math.log, 2, 1); t(math.log, 2, -2); t(math.log, 2**10000, 2); t(math.log10, 0); t(math.log2, -0.5); t(math.log1p, -1); t(math.log1p, -2); t(math.log, 1, 10)
t(math.copysign, 1, float('-nan')); t(math.copysign, 'a', 1); t(math.isnan, 'a'); t(math.isinf, 10**400); t(math.isfinite, 10**300)
t(math.ldexp, 1, 10**20); t(math.ldexp, 1, -10**20); t(math.ldexp, 1.5, 'x'); t(math.frexp, float('inf')); t(math.frexp, -0.0); t(math.modf, -0.0); t(math.modf, 2**60 + 0.0)
t(math.fmod, float('inf'), 1); t(math.fmod, 1, float('inf')); t(math.remainder, float('inf'), 1); t(math.remainder, 1, 0); t(math.remainder, 7.5, 2.5); t(math.remainder, -7, 2)
t(math.trunc, 1e300); t(math.floor, -1e300); t(math.ceil, 10**30 + 0.5); t(math.floor, True); t(math.ceil, 2**70)
t(math.degrees, math.pi / 3); t(math.radians, 180); t(math.atan2, float('inf'), float('inf')); t(math.atan2, -0.0, -1); t(math.tan, math.pi / 2); t(math.sin, float('inf')); t(math.cos, 1e22)
t(math.erf, 10); t(math.erfc, -10); t(math.erf, 0.5); t(math.erfc, 30); t(math.gamma, 0.5); t(math.gamma, 171.5); t(math.gamma, -1.5); t(math.lgamma, -1.5); t(math.lgamma, 1e300); t(math.gamma, float('-inf'))
t(math.isqrt, 0); t(math.isqrt, 1.0); t(math.isqrt, 10**100); t(math.isqrt, True); t(math.nextafter, 0, -1); t(math.nextafter, float('inf'), 0); t(math.ulp, float('inf')); t(math.ulp, 1e308); t(math.ulp, -5e-324)
t(math.exp2, 10) if hasattr(math, 'exp2') else print('noexp2'); t(math.exp, 709.78); t(math.exp, 709.79); t(math.expm1, 1e-10); t(math.expm1, 710)
print(math.sumprod([1, 2], [3, 4]) if hasattr(math, 'sumprod') else 'nosumprod', hasattr(math, 'cbrt'), hasattr(math, 'exp2'))
