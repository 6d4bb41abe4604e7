def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
# comparisons that mutate
class Mut:
    def __init__(self, l): self.l = l
    def __eq__(self, o):
        self.l.clear()
        return False
l = []
l.extend([Mut(l), Mut(l), 3])
print(3 in l, len(l))
l = [1, 2, 3]
class Rm:
    def __repr__(self): return "Rm()"
    def __eq__(self, o):
        del l[:]
        return False
print(l.count(Rm()), l)
l = [1, 2, 3]
show(l.index, Rm())
print(l)
# list.sort mutating via key
l = [3, 2, 1]
def key(x):
    l.append(0)
    return x
show(l.sort, key=key)
print(l)
l = [3, 2, 1]
class C:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        l.append(1)
        return self.v < o.v
    def __repr__(self): return f"C{self.v}"
l = [C(3), C(1), C(2)]
show(l.sort)
print(l[:3], len(l))
# extend self, insert self
a = [1, 2]; a.extend(a); print(a)
a = [1, 2]; a += a; print(a)
a = [1, 2]; a[1:1] = a; print(a)
a = [1, 2]; a.insert(1, a); print(a)
# list equality with nan & identity
n = float("nan"); print([n] == [n], [n] == [float("nan")], [n].count(n), [n].index(n), n in [n])
# sort with None key and reverse stability
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0], reverse=True), sorted(pairs, reverse=True))
print(sorted([[3], [1, 2], [1]]), sorted(["b", "B", "a"], key=str.lower), sorted([-1, 3, -2], key=abs))
print(sorted([True, False, 0, 1, 0.5]), sorted([1, 1.0, True]), [type(x).__name__ for x in sorted([1, 1.0, True])])
# list() of iterators with length hint lies
class LH:
    def __iter__(self): return iter([1, 2, 3])
    def __len__(self): return 100
print(list(LH()), len(list(LH())))
class BadLen:
    def __iter__(self): return iter([1])
    def __len__(self): raise ValueError("len boom")
show(list, BadLen())
class BadIter:
    def __iter__(self): return 5
show(list, BadIter())
def gen():
    yield 1
    raise KeyError("gen boom")
show(list, gen())
show(lambda: [*gen()])
l = [1, 2, 3]; print(l.pop(-1), l.pop(0), l, l.pop(), l)
l = list(range(10)); del l[2:8:2]; print(l); l[::3] = [0] * len(l[::3]); print(l)
print([1, 2, 3] * 0, [[]] * 3, [1] * True, [1, 2] + [], [] + [], [1, [2, [3]]].__repr__())
import copy
x = [1, [2]]; y = copy.copy(x); z = copy.deepcopy(x); x[1].append(3); print(y, z)
print(list.__len__([1]), list.__getitem__([5, 6], 1), list.__contains__([1], 1), list.index([4, 5], 5), list.count([1, 1], 1))
show(list.append, (), 1)
show(list.sort, [], 1)
class H:
    def __init__(self, h): self.h = h
    def __iter__(self): return iter([7, 8])
    def __length_hint__(self):
        if isinstance(self.h, Exception): raise self.h
        return self.h
for h in [5, 0, "x", -1, NotImplemented, TypeError("t"), KeyError("k"), 2**70]:
    show(list, H(h))
    show([0].extend, H(h))
