# Pins list operators: + * in, comparisons, nesting, aliasing, list(range), list() of other iterables.
a = [1, 2, 3]
b = a
b.append(4)
print(a, b, a is b, a == [1, 2, 3, 4])
c = a + [5]
c += (6, 7)
c += "xy"
print(c, a)
print([0] * 4, [1, 2] * 2, 2 * [None], [] * 5, [1] * 0, [1] * -1)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid = [[0] * 3, [0] * 3]
grid[0][0] = 9
print(grid)
print(3 in a, 9 in a, "x" not in a, [1] in [[1], 2], 1.0 in a)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0], [1, 2] == [1, 2], [1] != [1.0])
print([[1, [2, [3, [4]]]]], [[1, [2, [3, [4]]]]][0][1][1][1][0])
print(list(range(5)), list(range(2, 10, 3)), list("abc"), list((1, 2)), list({"k": 1, "j": 2}), list())
m = [[1, 2], [3, 4]]
m[1][0] += 10
m[0] = m[0] + [5]
print(m, len(m), len(m[0]))
total = 0
for row in m:
    for v in row:
        total += v
print(total)
x = [5]
x *= 3
print(x)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < ["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(a[10])
except IndexError as e:
    print(type(e).__name__, e)
try:
    a["0"]
except TypeError as e:
    print(type(e).__name__, e)
