# Pins catching RecursionError at the default limit: the message start, and that the program continues normally.
import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, str(e)[:32])
    print(isinstance(e, RuntimeError))
def depth_reached():
    count = [0]
    def go():
        count[0] += 1
        go()
    try:
        go()
    except RecursionError:
        pass
    return count[0]
d = depth_reached()
print(900 < d <= sys.getrecursionlimit())
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(800))
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual", type(e).__name__)
total = 0
for i in range(3):
    try:
        down(0)
    except RecursionError:
        total += 1
print("recovered", total, "times", fine(100))
