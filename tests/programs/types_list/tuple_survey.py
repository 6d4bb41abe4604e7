def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3, 2, 1)
print(t.index(2), t.index(2, 2), t.index(1, -1), t.count(2), t.count(9), t[1:3], t[::-1], t[-2:], t[5:], len(t), 2 in t)
show(t.index, 9)
show(t.index, 2, 4)
show(t.index)
show(t.count)
show(t.__getitem__, 10)
show(t.__getitem__, "a")
show(lambda: t + [1])
show(lambda: t * "a")
show(lambda: t < [1])
show(lambda: (1, "a") < (1, 2))
print((1, 2) < (1, 2, 3), (2,) > (1, 9), () < (0,), (1, 2) == (1, 2), (1,) != (1.0,), (1, 2) <= (1, 2), (float("nan"),) == (float("nan"),))
n = float("nan"); print((n,) == (n,), [n] == [n], (n,) < (n,), n in (n,))
print(tuple(), tuple([1]), tuple("ab"), tuple(range(3)), tuple({1: 2}), tuple(x for x in [5]), (1,) * 3, 3 * (1,), () * 5, (1, 2) + (3,))
show(tuple, 5)
show(tuple, [1], [2])
show(tuple, a=1)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3))))
print(hash((1, 2)), hash(()), hash((1,)), hash((-1,)), hash((1, 2, 3)), hash(((1,), 2)), hash((None,)) == hash((None,)))
show(hash, (1, []))
show(hash, ([],))
print(repr((1,)), repr(()), repr((1, "a", (2,))), str((1.5, None)))
a, *b = (1, 2, 3); print(a, b)
x = ([1], 2)
try:
    x[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(x)
def f():
    t = (1, 2)
    t[0] = 5
show(f)
def g():
    t = (1, 2)
    del t[0]
show(g)
print(sorted((3, 1, 2)), max((1, 5)), min(()) if False else "", sum((1, 2)), tuple(reversed((1, 2))), list(enumerate(("a", "b"))))
print((1, 2, 3)[::2], (1, 2, 3)[1:100], (1, 2, 3)[-100:1], (1, 2)[::-1][0])
t = (1, 2)
print(t[:] is t, t[0:2] is t, tuple(t) is t, t * 1 is t, (t + ()) is t)
print(((),) == ((),), ((1, 2), (3,)) < ((1, 2), (4,)), (1, 2).__len__(), (1, 2).__contains__(2))
print(divmod(10, 3), type(divmod(10, 3)).__name__, tuple(zip((1, 2), "ab")))
t = (1, [2])
print(t.__getitem__(1), t.__add__((3,)), t.__mul__(2), t.__rmul__(2), t.__eq__((1, [2])), t.__lt__((2,)), t.__ne__(5))
