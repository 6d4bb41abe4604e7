# Subclasses of tuple: immutable sequences made by __new__.
import copy
import json


class T(tuple):
    pass


t = T([1, 2, 3])
print(type(t), t, repr(t), len(t), isinstance(t, tuple), t[0], t[-1], t[1:], type(t[1:]))
print(type(t[:]), t[:] is t, t + (4,), type(t + (4,)), t * 2, 2 in t, list(t), sorted(t, reverse=True))
print(t == (1, 2, 3), t < (2,), hash(t) == hash((1, 2, 3)), {t: "k"}[(1, 2, 3)], json.dumps(t))
t.label = "L"
print(t.label, t.__dict__, T(), repr(T()), T("ab"), t.count(2), t.index(3), tuple(t), type(tuple(t)))
a, b, c = t
print(a, b, c, "%s-%s-%s" % t, max(t), [x * 2 for x in t], dict([T(("k", 1))]))


class P(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"P(x={self.x}, y={self.y})"

    def __add__(self, other):
        return P(self.x + other.x, self.y + other.y)

    def __getnewargs__(self):
        return tuple(self)


p = P(1, 2)
q = P(10, 20)
print(p, p.x, p.y, p + q, type(p + q), [p], str(p), tuple.__repr__(p), tuple.__add__(p, q))
print(copy.copy(p), copy.deepcopy(p), type(copy.copy(p)), p == (1, 2), len(p), {p: 1}[(1, 2)])


class Pair(tuple):
    def __new__(cls, *items):
        return tuple.__new__(cls, items)

    def __len__(self):
        return 42

    def __getitem__(self, i):
        return "g" + str(i)

    def __iter__(self):
        return iter(["it"])

    def __contains__(self, v):
        return v == "magic"


pr = Pair(1, 2)
print(len(pr), pr[0], list(pr), "magic" in pr, 1 in pr, tuple.__len__(pr), tuple.__getitem__(pr, 1))
print(next(tuple.__iter__(pr)), tuple.__contains__(pr, 1), [*pr], Pair.__mro__)
try:
    tuple.__new__(list)
except TypeError as e:
    print("TypeError:", e)
