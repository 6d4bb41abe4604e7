# math functions and __index__ objects together, as a tutorial would use them.
import math
print(math.log(0.5, 2), math.log(1024, 2), math.log10(1000), math.log(math.e), math.exp(1), math.sqrt(2))
print(f"{math.pi:.10f}", round(math.pi, 4), math.degrees(math.pi), math.atan2(1, 1))
try: math.sqrt(-1)
except ValueError as e: print(e)
try: math.log(0)
except ValueError as e: print(e)
try: math.exp(1000)
except OverflowError as e: print(e)
print(math.factorial(20), math.gcd(12, 18), math.lcm(4, 6), math.isclose(0.1 + 0.2, 0.3), math.inf > 10**100)
try: math.factorial(-1)
except ValueError as e: print(e)
try: math.factorial(2.5)
except (ValueError, TypeError) as e: print(type(e).__name__, e)
class Ix:
    def __index__(self): return 4
print(math.factorial(Ix()), math.comb(Ix(), 2), math.isqrt(Ix()), "abcdef"[Ix()], [1,2,3,4,5,6][Ix():], math.perm(Ix()))
print(list(reversed(range(Ix()))), range(10)[Ix()], (1,2,3,4,5)[Ix()], "x".center(Ix()), "a".ljust(Ix(), "-"))
print("abcabc".find("c", Ix()), [0]*Ix(), bytes(Ix()) if False else 0, "%d" % Ix() if False else "", hex(Ix()))
import sys
print(sys.maxsize, type(sys.argv))
