# Pins tuple unpacking, swaps, starred unpacking in assignments and displays, chained assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = "xyz"
print(x, y, z)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *middle, tail = "abcdef"
print(head, middle, tail)
p, *q = [7]
print(p, q)
(m, n), *others = [(1, 2), (3, 4), (5, 6)]
print(m, n, others)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
i = j = k = []
i.append(1)
print(i, j, k, i is k)
data = [(1, "one"), (2, "two")]
for num, word in data:
    print(num, word, end="; ")
print()
for idx, (num, word) in enumerate(data):
    print(idx, num, word, end="; ")
print()
print([*range(3), *"ab", 9], (*[1, 2], 3), [*[], *()])
merged = {**{"a": 1}, "b": 2, **{"a": 3}}
print(merged)
a = [1, 2, 3]
a[0], a[2] = a[2], a[0]
print(a)
x = [0, 1]
i = 0
i, x[i] = 1, 9
print(i, x)
fib = [0, 1]
s, t = 0, 1
for _ in range(10):
    s, t = t, s + t
print(s, t)
for bad in ["too many", "not enough", "starred"]:
    try:
        if bad == "too many":
            u, v = [1, 2, 3]
        elif bad == "not enough":
            u, v, w = "ab"
        else:
            u, *v, w = [1]
    except ValueError as e:
        print(type(e).__name__, e)
