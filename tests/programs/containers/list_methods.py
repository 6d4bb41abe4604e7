# Pins list methods: append, extend, insert, pop, remove, index, count, reverse, copy, clear, and errors.
a = [3, 1, 4]
a.append(1)
a.extend([5, 9])
a.extend("ab")
a.extend(range(2))
print(a, len(a))
a.insert(0, "first")
a.insert(100, "last")
a.insert(-1, "before-last")
a.insert(-100, "very-first")
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a.pop(2), a)
a.remove(1)
print(a, a.index(5), a.index(4), a.index("a", 2), a.count(1), a.count(9), a.count("zz"))
b = a.copy()
b.reverse()
print(a, b, a is b, a == b[::-1])
b.clear()
print(b, len(b), a)
print([].count(1), [None].index(None), [[1]].count([1]), [1, 1.0, True].count(1))
for bad in [lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1, 2].index(3),
            lambda: [1, 2, 3].index(1, 1), lambda: [].append(), lambda: [1].insert(0)]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
stack = []
for i in range(5):
    stack.append(i * i)
while stack:
    print(stack.pop(), end=" ")
print()
r = [1, 2, 3]
print(r.append(4), r.extend([]), r.reverse(), r.clear(), r)
