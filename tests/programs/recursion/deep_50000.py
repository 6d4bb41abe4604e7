# Pins deep recursion: with sys.setrecursionlimit(60000), a 50,000-deep recursion returns the right values.
import sys
sys.setrecursionlimit(60000)
print(sys.getrecursionlimit())
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(50000))
def sum_to(n, acc):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
print(sum_to(50000, 0))
def build(n):
    return [] if n == 0 else [n, build(n - 1)]
nested = build(20000)
depth = 0
node = nested
while node:
    depth += 1
    node = node[1]
print(depth, nested[0], nested[1][0])
def even(n):
    return True if n == 0 else odd(n - 1)
def odd(n):
    return False if n == 0 else even(n - 1)
print(even(40000), odd(40001))
