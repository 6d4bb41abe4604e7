# Pins augmented assignment for every operator on names, list items, dict items, and in-place list/str behaviour.
x = 10
x += 5; print(x, end=" ")
x -= 3; print(x, end=" ")
x *= 4; print(x, end=" ")
x //= 5; print(x, end=" ")
x %= 7; print(x, end=" ")
x **= 3; print(x, end=" ")
x /= 2; print(x, end=" ")
x = 0b1100
x &= 0b1010; print(x, end=" ")
x |= 0b0001; print(x, end=" ")
x ^= 0b1111; print(x, end=" ")
x <<= 3; print(x, end=" ")
x >>= 1; print(x)
items = [1, 2, 3]
items[0] += 10
items[-1] *= 5
items[1] **= 2
print(items)
d = {"n": 1, "s": "a"}
d["n"] -= 6
d["s"] *= 3
d["s"] += "!"
print(d)
grid = [[1, 2], [3, 4]]
grid[1][0] //= 2
grid[0][1] %= 2
print(grid)
a = [1]
b = a
a += [2]
print(a, b, a is b)
a = a + [3]
print(a, b, a is b)
s = "ab"
t = s
s += "c"
print(s, t, s is t)
tup = (1,)
tup += (2,)
print(tup)
counts = [0] * 3
for i in range(10):
    counts[i % 3] += i
print(counts)
def idx():
    print("idx evaluated")
    return 0
lst = [5]
lst[idx()] += 1
print(lst)
f = 1.5
f += 1
f **= 2
f //= 1
print(f)
try:
    u += 1
except NameError as e:
    print(type(e).__name__, e)
def bad():
    v += 1
try:
    bad()
except UnboundLocalError as e:
    print(type(e).__name__, e)
