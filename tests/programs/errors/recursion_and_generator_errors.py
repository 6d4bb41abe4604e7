def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
def rec(n): return rec(n + 1)
t(lambda: rec(0))
class R:
    def __repr__(self): return repr(self)
t(lambda: repr(R()))
class E:
    def __eq__(self, o): return self == o
t(lambda: E() == E())
l = []
l.append(l)
print(l)
d = {}
d[1] = d
print(d)
class G:
    def __getattr__(self, n): return getattr(self, n)
t(lambda: G().x)
def gen():
    yield from gen()
t(lambda: list(gen()))
t(lambda: next(iter([])))
def g2():
    return 1
    yield
t(lambda: next(g2()))
def g3():
    raise StopIteration
    yield
t(lambda: next(g3()))
def g4():
    yield 1
x = g4()
next(x)
t(lambda: x.throw(ValueError("inside")))
t(lambda: next(x))
t(lambda: x.send(5))
y = g4()
t(lambda: y.send(5))
t(lambda: g4().close())
def g5():
    try:
        yield 1
    except GeneratorExit:
        yield 2
z = g5()
next(z)
t(z.close)
