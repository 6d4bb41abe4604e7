import weakref
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"K{self.n}"
d = weakref.WeakKeyDictionary()
k1, k2 = K(1), K(2)
d[k1] = "one"; d[k2] = "two"
print(len(d), d[k1], k2 in d)
del k1
print(len(d), list(d.values()))
print(list(d.keys()))
d2 = weakref.WeakKeyDictionary({k2: 5})
print(d2[k2])
print(d.get(k2), d.pop(k2), len(d))
k3 = K(3)
d[k3] = 1
d.update({k3: 9})
print(d[k3])
print(sorted(d.items(), key=repr))
del k3
print(len(d))
try:
    d[1] = 2
except TypeError as e:
    print(e)
print(len(list(d.keyrefs())))
s = weakref.WeakSet()
a, b = K(10), K(11)
s.add(a); s.add(b)
print(len(s), a in s)
del a
print(len(s))
s.discard(b)
print(len(s))
s.add(b)
s2 = weakref.WeakSet([b])
print(s == s2)
print(type(s).__name__)
lst = [K(i) for i in range(4)]
ws = weakref.WeakSet(lst)
print(len(ws))
lst.pop(); lst.pop()
print(len(ws))
print(sorted(x.n for x in ws))
