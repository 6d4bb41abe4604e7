import weakref
class K:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"K{self.n}"
ks = [K(i) for i in range(6)]
a = weakref.WeakSet(ks[:4])
b = weakref.WeakSet(ks[2:])
def show(s): return sorted(x.n for x in s)
print(show(a | b), show(a & b), show(a - b), show(a ^ b))
print(show(a.union(ks[4:])), show(a.intersection(ks[1:3])), show(a.difference([ks[0]])))
print(a == weakref.WeakSet(ks[:4]), a != b, a == set(ks[:4]))
print(weakref.WeakSet(ks[:2]) <= a, weakref.WeakSet(ks[:2]) < a, a >= weakref.WeakSet(ks[:1]), a > a)
print(a.issubset(ks), a.issuperset(ks[:1]), a.isdisjoint(ks[4:]), a.isdisjoint(ks))
c = a.copy()
c -= b
print(show(c))
c |= b
print(show(c))
c &= a
print(show(c))
c ^= b
print(show(c))
del ks[0]
print(len(a), show(a))
a.clear()
print(len(a))
print(type(a | b).__name__)
