import sys
d = {}
print(sys.getsizeof(d))
prev = sys.getsizeof(d)
steps = []
for i in range(200):
    d[i] = i
    s = sys.getsizeof(d)
    if s != prev:
        steps.append((len(d), s))
        prev = s
print(steps)
d2 = {}
prev = sys.getsizeof(d2)
steps = []
for i in range(100):
    d2["k%d" % i] = i
    s = sys.getsizeof(d2)
    if s != prev:
        steps.append((len(d2), s))
        prev = s
print(steps)
print(sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}))
print(sys.getsizeof(dict(a=1, b=2)))
print(sys.getsizeof(dict.fromkeys(range(10))))
print(sys.getsizeof({i: i for i in range(10)}))
x = {i: i for i in range(100)}
for i in range(100):
    del x[i]
print(sys.getsizeof(x))
x.clear()
print(sys.getsizeof(x))
class C: pass
c = C()
print(sys.getsizeof(c), sys.getsizeof(c.__dict__) > 0)
print(sys.getsizeof({}.copy()), sys.getsizeof({1: 2}.copy()))
