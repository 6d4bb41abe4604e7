# Pins list methods (append, extend, insert, pop, remove, index, count, reverse, copy, clear) and their exact errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = []
a.append(1)
a.append("two")
a.append(a is a)
print(a, len(a))
a.extend([4, 5])
a.extend((6,))
a.extend("xy")
a.extend(range(2))
a.extend({10: "ten"})
a.extend(x * 2 for x in range(3))
a.extend(iter([7]))
a.extend([])
print(a, len(a))
b = [1, 2]
b.extend(b)
print(b)
c = [1, 2, 3]
for where in [0, 2, -1, -100, 100, 3, True]:
    c.insert(where, "i%s" % where)
print(c)
print(c.pop(), c.pop(0), c.pop(-2), c.pop(2), c)
print(c.pop(True), c)
d = [3, 1, 3, 2, 3]
d.remove(3)
print(d)
d.remove(3.0)
print(d, d.count(3), d.count(1), d.count("3"), [1, True, 1.0].count(1))
e = ["a", "b", "c", "b", "a"]
print(e.index("b"), e.index("b", 2), e.index("a", -1), e.index("a", -100), e.index("c", 0, 3), e.index("b", 2, -1))
print(e.index("a", 1, 100), e.index("b", True))
f = [1, [2], (3,)]
g = f.copy()
print(g, g == f, g is f, g[1] is f[1])
g.reverse()
print(g, f)
g.clear()
print(g, f)
nan = float("nan")
print([nan].count(nan), [nan].index(nan), nan in [nan])
show("append0", lambda: [].append())
show("append2", lambda: [].append(1, 2))
show("append kw", lambda: [].append(x=1))
show("extend0", lambda: [].extend())
show("extend int", lambda: [].extend(5))
show("extend none", lambda: [].extend(None))
show("insert1", lambda: [].insert(1))
show("insert3", lambda: [].insert(1, 2, 3))
show("insert str", lambda: [].insert("a", 1))
show("insert float", lambda: [].insert(1.0, 1))
show("insert big", lambda: [].insert(2 ** 80, 1))
show("insert kw", lambda: [].insert(0, x=1))
show("pop empty", lambda: [].pop())
show("pop empty idx", lambda: [].pop(3))
show("pop range", lambda: [1, 2].pop(2))
show("pop neg range", lambda: [1, 2].pop(-3))
show("pop str", lambda: [1].pop("0"))
show("pop str empty", lambda: [].pop("0"))
show("pop big", lambda: [1].pop(2 ** 70))
show("pop 2 args", lambda: [1].pop(0, 1))
show("pop kw", lambda: [1].pop(index=0))
show("remove missing", lambda: [1, 2].remove(3))
show("remove0", lambda: [].remove())
show("index missing int", lambda: [1, 2].index(3))
show("index missing str", lambda: [1, 2].index("z"))
show("index missing list", lambda: [1, 2].index([1]))
show("index window", lambda: [1, 2, 3].index(1, 1))
show("index start str", lambda: [1].index(1, "a"))
show("index stop none", lambda: [1].index(1, 0, None))
show("index0", lambda: [].index())
show("index4", lambda: [1].index(1, 2, 3, 4))
show("index kw", lambda: [1].index(1, start=0))
show("count0", lambda: [].count())
show("count2", lambda: [].count(1, 2))
show("reverse arg", lambda: [].reverse(1))
show("copy arg", lambda: [].copy(1))
show("clear arg", lambda: [].clear(1))
show("unbound", lambda: list.append())
show("descriptor", lambda: list.append((), 1))
show("descriptor2", lambda: list.count("abc", "a"))
show("via type", lambda: list.count([1, 1], 1))

class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other
    def __repr__(self):
        return "Eq(%d)" % self.v

h = [Eq(1), Eq(2), Eq(3)]
print(h.index(2), h.count(3))
h.remove(2)
print(h)
k = [1, 2, 3]
print(k.index(Eq(3)))
