# Subclasses of set and frozenset.
import copy


class St(set):
    pass


s = St([3, 1, 2])
print(type(s), sorted(s), len(s), isinstance(s, set), 2 in s, repr(St()), repr(St([1])))
s.add(4)
s.discard(1)
s.note = 1
print(sorted(s), s.note, s.__dict__, sorted(s | {9}), type(s | {9}), type(s & {2}), s == {2, 3, 4})
print(sorted(s - {2}), s <= {2, 3, 4, 5}, bool(St()), St("aa"), sorted(set(s)), type(set(s)))
s.update([7])
s |= {8}
print(sorted(s), type(s), sorted(copy.copy(s)), type(copy.deepcopy(s)), copy.copy(s).note)
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)


class FS(frozenset):
    pass


f = FS([1, 2])
print(type(f), f, repr(f), hash(f) == hash(frozenset([1, 2])), {f: "v"}[frozenset([1, 2])])
print(f | {3}, type(f | {3}), f == frozenset([1, 2]), FS(), repr(FS()), f.union([5]), type(f.copy()))


class Tracking(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.added = []

    def add(self, v):
        self.added.append(v)
        super().add(v)

    def __contains__(self, v):
        return True

    def __repr__(self):
        return "Tracking(" + repr(sorted(self)) + ")"


tr = Tracking([1])
tr.add(5)
print(tr, tr.added, 99 in tr, set.__contains__(tr, 99), len(tr), [tr], set.__repr__(tr))


class Named(frozenset):
    def __new__(cls, name, items):
        obj = super().__new__(cls, items)
        obj.name = name
        return obj


n = Named("n", [1])
print(n, n.name, sorted(n), hash(n) == hash(frozenset([1])), frozenset.__new__(FS, [4]))
