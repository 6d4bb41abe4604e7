# Pins walrus := in comprehensions (binds in enclosing scope), in if/while conditions, and related errors.
data = [1, 5, 8, 12, 3]
print([y for x in data if (y := x * 2) > 9])
print(y)
def running():
    total = 0
    out = [total := total + v for v in data]
    return out, total
print(running())
vals = [(w, n) for w in ["aa", "b", "cccc"] if (n := len(w)) > 1]
print(vals, n)
if (m := len(data)) > 3:
    print("long", m)
it = iter(["a", "b", "", "c"])
out = []
while (item := next(it)):
    out.append(item)
print(out)
print(any((hit := v) > 6 for v in data), hit)
print(all((miss := v) < 6 for v in data), miss)
def f():
    [last := c for c in "xyz"]
    return last
print(f())
print([(a := i, a * a) for i in range(3)], a)
nums = {k: (sq := k * k) for k in range(4)}
print(nums, sq)
print((z := 5) + z, z)
def g(seq):
    if any((bad := s) < 0 for s in seq):
        return "negative " + str(bad)
    return "ok"
print(g([1, 2]), g([1, -7, -8]))
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("[q for q in (q := [1, 2])]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
words = "the quick brown fox".split()
print([up for w in words if len(up := w.upper()) > 3])
