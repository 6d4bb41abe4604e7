# Pins tuple.count/index and range.count/index, with start/stop windows, non-int searches and their exact errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

t = (1, "a", 2.0, "a", None, 1, True, (1, 2))
print(t.count(1), t.count("a"), t.count(2), t.count(None), t.count((1, 2)), t.count("zz"), ().count(1))
print(t.index(1), t.index("a"), t.index("a", 2), t.index(2), t.index(True), t.index(1, 1), t.index(1, -3))
print(t.index((1, 2)), t.index(None, -100, 100), t.index("a", 0, 2), t.index(1, 2 ** 70 * -1))
show("tuple missing", lambda: t.index("zz"))
show("tuple window", lambda: t.index("a", 4))
show("tuple window2", lambda: t.index(None, 0, 4))
show("tuple big start", lambda: t.index(1, 2 ** 70))
show("tuple start str", lambda: t.index(1, "0"))
show("tuple start float", lambda: t.index(1, 0.0))
show("tuple index0", lambda: t.index())
show("tuple index4", lambda: t.index(1, 0, 1, 2))
show("tuple index kw", lambda: t.index(1, start=0))
show("tuple count0", lambda: t.count())
show("tuple count kw", lambda: t.count(x=1))
show("tuple descriptor", lambda: tuple.count([1], 1))
show("tuple unbound", lambda: tuple.index())
nan = float("nan")
print((nan,).count(nan), (nan, nan).index(nan), (1, 2, 3).index(3.0))

r = range(0, 20, 3)
print(list(r), r.count(9), r.count(10), r.count(9.0), r.count("9"), r.count(True), r.count(False))
print(r.index(0), r.index(18), r.index(9.0), r.index(True + 2))
print(range(10, 0, -2).index(4), range(10, 0, -2).count(4), range(-5, 5).index(-5), range(5).index(False))
show("range missing", lambda: r.index(10))
show("range past end", lambda: r.index(21))
show("range negative", lambda: r.index(-3))
show("range big", lambda: r.index(2 ** 70))
show("range float missing", lambda: r.index(1.5))
show("range str", lambda: r.index("3"))
show("range none", lambda: range(3).index(None))
show("range empty", lambda: range(0).index(0))
show("range count0", lambda: r.count())
show("range index2", lambda: r.index(1, 2))
show("range index kw", lambda: r.index(x=1))
show("range descriptor", lambda: range.count([1], 1))
print(range(3).count(2 ** 70), range(0).count(0), range(1, 100, 7).count(50), range(1, 100, 7).count(99))

class Three:
    def __eq__(self, other):
        return other == 3
    def __repr__(self):
        return "Three()"

print(range(10).index(Three()), range(10).count(Three()), (1, 3, 3).count(Three()), (1, 3).index(Three()))
show("range user missing", lambda: range(3).index(Three()))
