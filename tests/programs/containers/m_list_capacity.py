# Pins CPython 3.11's list over-allocation as seen through sys.getsizeof: growth by append/insert/extend, shrinking by pop/remove/clear.
import sys

EMPTY = sys.getsizeof([])

def cap(l):
    return (sys.getsizeof(l) - EMPTY) // 8

l = []
steps = []
for i in range(40):
    l.append(i)
    steps.append(cap(l))
print("append", steps)
steps = []
while l:
    l.pop()
    steps.append(cap(l))
print("pop", steps)

l = []
for i in range(30):
    l.insert(0, i)
print("insert", cap(l), l[:3], l[-3:])
steps = []
while l:
    l.pop(0)
    steps.append(cap(l))
print("pop0", steps)

l = []
for i in range(25):
    l.append(i)
steps = []
while l:
    l.remove(l[-1])
    steps.append(cap(l))
print("remove", steps)

for n in [1, 2, 3, 5, 8, 9, 17]:
    src = [0] * n
    fresh = []
    fresh.extend(src)
    grown = []
    grown.append(0)
    grown.extend(src)
    print("extend list", n, cap(fresh), cap(grown))

for name, make in [("tuple", lambda: (1, 2, 3)), ("range", lambda: range(5)), ("str", lambda: "abcdefg"),
                   ("dict", lambda: {1: 2, 3: 4}), ("set", lambda: {1, 2, 3}), ("list_iter", lambda: iter([1, 2, 3])),
                   ("range_iter", lambda: iter(range(30))), ("gen3", lambda: (x for x in range(3))),
                   ("gen20", lambda: (x for x in range(20))), ("map", lambda: map(abs, [1, 2, 3])),
                   ("reversed", lambda: reversed([1, 2, 3])), ("dict_keys", lambda: {1: 1, 2: 2}.keys()),
                   ("dict_iter", lambda: iter({1: 1, 2: 2, 3: 3})), ("empty_gen", lambda: (x for x in []))]:
    fresh = []
    fresh.extend(make())
    grown = []
    for i in range(5):
        grown.append(i)
    grown.extend(make())
    print("extend", name, len(fresh), cap(fresh), len(grown), cap(grown))

l = []
for i in range(10):
    l.append(i)
print("before clear", cap(l))
l.clear()
print("clear", cap(l), l)
l.extend([1, 2, 3])
print("extend after clear", cap(l))
l.sort()
l.reverse()
print("sort/reverse keep", cap(l))
m = l.copy()
print("copy", cap(m), m)

l = []
for i in range(100):
    l.append(i)
for i in range(95):
    l.pop()
print("after pops", cap(l))
l.append(1)
print("append after pops", cap(l))
l = ["x"]
l.pop()
print("pop single", cap(l))
l = ["x"]
l.pop(0)
print("pop0 single", cap(l))
l = []
l.append("x")
l.remove("x")
print("remove single", cap(l))
l = []
l.extend(l)
print("extend self empty", cap(l))
l.append(1)
l.append(2)
l.extend(l)
print("extend self", cap(l), l)
