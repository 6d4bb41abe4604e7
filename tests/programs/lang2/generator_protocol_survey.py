# generators
def gen():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return 99
g = gen()
print(next(g), g.send(5))
try:
    g.send(7)
except StopIteration as e:
    print("stop", e.value, e.args)
print(g.gi_frame, g.gi_running)
g = gen()
try:
    g.send(1)
except TypeError as e: print(e)
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("closing")
        raise
    finally:
        print("finally")
c = closer()
next(c)
c.close()
c.close()
def bad_closer():
    try:
        yield 1
    except GeneratorExit:
        yield 2
b = bad_closer(); next(b)
try:
    b.close()
except RuntimeError as e: print(e)
def thrower():
    try:
        yield 1
    except ValueError as e:
        print("caught", e)
        yield 2
t = thrower(); next(t)
print(t.throw(ValueError("v")))
try:
    t.throw(KeyError)
except KeyError as e: print("ke", repr(e))
def sub():
    r = yield from range(3)
    return r
def deleg():
    r = yield from sub2()
    print("r", r)
def sub2():
    yield 'a'
    yield 'b'
    return 'done'
print(list(deleg()))
print(list(sub()))
def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "handled"
def outer():
    yield from inner()
o = outer(); print(next(o), o.throw(ValueError))
def stopgen():
    yield 1
    raise StopIteration
try:
    list(stopgen())
except RuntimeError as e: print(e, repr(e.__cause__))
def running():
    yield g2.gi_running
g2 = running()
print(next(g2))
def selfref():
    next(g3)
    yield
g3 = selfref()
try:
    next(g3)
except ValueError as e: print(e)
print(gen.__name__, gen().__name__, gen().__qualname__)
print(repr(gen())[:25])
ge = (x*x for x in range(4))
print(ge.__name__, list(ge), list(ge))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)))
def g5():
    yield
print(list(g5()))
def ret_in_gen():
    return 5
    yield
try:
    next(ret_in_gen())
except StopIteration as e: print(e.value)
gg = (i for i in [1])
print(next(gg))
print(next(gg, "default"))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        while self.n > 0:
            yield self.n
            self.n -= 1
print(list(Countdown(3)))
def gen_exc():
    yield 1
    1/0
gx = gen_exc()
next(gx)
try: next(gx)
except ZeroDivisionError: print("zde")
try: next(gx)
except StopIteration: print("exhausted")
def lazy():
    print("start")
    yield 1
l = lazy()
print("created")
next(l)
def g6():
    v = yield from g7()
    yield v
def g7():
    x = yield 1
    return x
a = g6(); print(next(a)); print(a.send("sent"))
def gclose():
    yield 1
    return 4
gc_ = gclose(); next(gc_)
print(gc_.close())
