# math: everyday values, ints of any size
import math
print(math.pi, math.e, math.tau, math.inf, math.nan, -math.inf)
print(math.sqrt(2), math.sqrt(16), math.sqrt(10**20), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.floor(10**30 + 0.0), math.floor(10**30), type(math.floor(2.0)).__name__)
print(math.fabs(-3), math.factorial(0), math.factorial(20), math.factorial(30))
print(math.gcd(12, 18), math.gcd(-12, 18, 30), math.gcd(2**100, 6**50), math.lcm(4, 6), math.lcm(-4, 6, 10))
print(math.isqrt(0), math.isqrt(99), math.isqrt(10**40), math.isqrt(2**201))
print(math.comb(10, 3), math.comb(100, 50), math.comb(3, 5), math.perm(5, 2), math.perm(4), math.perm(3, 4))
print(math.pow(2, 10), math.pow(2, -1), math.pow(0, 0), math.pow(math.nan, 0), math.pow(1, math.nan))
print(math.exp(1), math.exp(0), math.expm1(1), math.log1p(1e-20))
print(math.log(math.e), math.log(8, 2), math.log(100, 10), math.log2(8), math.log10(1000), math.log(2**2000))
print(math.log2(3), math.log10(2), math.log(1024, 2), math.log10(10**20))
for f in (math.sin, math.cos, math.tan, math.atan, math.sinh, math.cosh, math.tanh, math.asinh):
    print(f.__name__, f(0.5), f(-1), f(0))
print(math.asin(1), math.acos(0), math.acos(1), math.acosh(2), math.atanh(0.5))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.hypot(3, 4), math.hypot(), math.hypot(1, 2, 2))
print(math.degrees(1), math.radians(180), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 6, 3]))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.isfinite(1), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(1))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(1, math.inf))
print(math.modf(3.25), math.modf(-3.25), math.modf(2), math.frexp(8), math.frexp(-0.1), math.frexp(1e-310))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(1, -1080), math.ldexp(-3, 10))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]), math.fsum([]))
print(math.fsum(range(10)), math.fsum([1, 2.5, True]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 21)), math.prod(["a"], start=1) if False else "")
print(math.prod([[1], 2]), math.prod([2, 3], start=0.5))
print(math.remainder(7, 2), math.remainder(-7, 2), math.remainder(5, 2), math.remainder(6, 4), math.remainder(3, math.inf))
print(math.nextafter(0, 1), math.nextafter(1, 0), math.ulp(0), math.ulp(1e300), math.cbrt(-8), math.exp2(10))
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 7
class Fl:
    def __floor__(self):
        return "floored"
    def __ceil__(self):
        return "ceiled"
print(math.sqrt(F()), math.factorial(I()), math.gcd(I(), 21), math.floor(Fl()), math.ceil(Fl()), math.sqrt(I()))
print(math.floor(-0.5), math.ceil(-0.5), math.trunc(1e20), math.floor(1.5e300) == int(1.5e300))
from math import pi, sqrt as root
print(pi, root(9))
print(math.__name__, math.sqrt.__name__)
