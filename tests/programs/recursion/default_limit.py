# Pins the default recursion limit: getrecursionlimit() is 1000, RecursionError is catchable, work continues.
import sys
print(sys.getrecursionlimit())
def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print("caught", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(900))
try:
    depth(5000)
except RecursionError:
    print("5000 is too deep at the default limit")
print("still running", depth(10))
