import sys
l = []
print(sys.getsizeof(l))
prev = sys.getsizeof(l)
steps = []
for i in range(100):
    l.append(i)
    s = sys.getsizeof(l)
    if s != prev:
        steps.append((len(l), s))
        prev = s
print(steps)
while l:
    l.pop()
    s = sys.getsizeof(l)
    if s != prev:
        steps.append((len(l), s))
        prev = s
print(steps[-10:])
print(sys.getsizeof([1, 2, 3]))
print(sys.getsizeof([None] * 10))
print(sys.getsizeof(list(range(10))))
print(sys.getsizeof([i for i in range(10)]))
a = [1,2,3]; a.extend([4,5,6,7])
print(sys.getsizeof(a))
b = [0] * 5
b.insert(0, 1)
print(sys.getsizeof(b))
c = [1]*3 + [2]*4
print(sys.getsizeof(c))
d = list(range(20)); d.clear()
print(sys.getsizeof(d))
e = list(range(20)); del e[5:]
print(sys.getsizeof(e))
f = [1, 2]; f *= 10
print(sys.getsizeof(f))
print(sys.getsizeof(sorted([3, 1, 2])))
print(sys.getsizeof([].copy()), sys.getsizeof([1, 2, 3].copy()))
