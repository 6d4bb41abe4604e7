def g():
    try:
        x = yield 1
        print("got", x)
        y = yield 2
        print("got", y)
    except ValueError as e:
        print("caught", e)
        yield "from except"
    finally:
        print("finally")
    return "done"
it = g()
print(next(it))
print(it.send("a"))
print(it.throw(ValueError("boom")))
try:
    next(it)
except StopIteration as e:
    print("stop", e.value, e.args)

it = g()
try:
    it.send(5)
except TypeError as e:
    print(e)
print(it.send(None))
it.close()
print(it.gi_running)
try:
    next(it)
except StopIteration:
    print("closed stops")

def ign():
    try:
        yield 1
    except GeneratorExit:
        yield 2
it = ign()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(e)

def ret_in_close():
    try:
        yield 1
    except GeneratorExit:
        return 5
it = ret_in_close(); next(it)
print(it.close())

def inner():
    try:
        x = yield "i1"
        print("inner got", x)
        yield "i2"
    except KeyError as e:
        print("inner caught", repr(e))
        yield "i-handled"
    finally:
        print("inner finally")
    return "inner-ret"
def outer():
    r = yield from inner()
    print("outer got", r)
    yield "o1"
it = outer()
print(next(it), it.send("S"), it.throw(KeyError("k")))
print(next(it))
it = outer()
next(it)
it.close()
print("closed outer")

class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 3: raise StopIteration
        return self.n
def deleg():
    r = yield from It()
    print("r", r)
print(list(deleg()))
def thr():
    yield from It()
t = thr()
next(t)
try:
    t.throw(ValueError("x"))
except ValueError as e:
    print("propagated", e)

def stop_inside():
    yield 1
    raise StopIteration("bad")
try:
    list(stop_inside())
except RuntimeError as e:
    print(e, type(e.__cause__).__name__)

def running():
    yield it2.gi_running
it2 = running()
print(next(it2))
def recur():
    yield next(r2)
r2 = recur()
try:
    next(r2)
except ValueError as e:
    print(e)

x = 10
gen = (x * i for i in range(3))
x = 20
print(list(gen))
class Cls:
    v = 5
    try:
        items = [v * i for i in range(3)]
    except NameError as e:
        print("NameError", e)
    items2 = [i for i in range(v)]
print(Cls.items2)
try:
    (a for a in 5)
except TypeError as e:
    print(e)
g = (i for i in range(3))
print(next(g), list(g), list(g))
print(type(g).__name__, g.__name__)
def gf(): yield
print(gf.__name__, gf().__qualname__)
def with_ret():
    yield 1
    return [1, 2]
def getret():
    v = yield from with_ret()
    return v
try:
    gr = getret(); next(gr); next(gr)
except StopIteration as e:
    print(e.value)
def throw_type():
    try:
        yield
    except Exception as e:
        print(type(e).__name__, e.args)
        yield
tt = throw_type(); next(tt)
tt.throw(IndexError)
def g_after_close():
    yield 1
ga = g_after_close()
ga.close()
print(list(ga))
def gen_raise_in_finally():
    try:
        yield 1
    finally:
        print("cleanup")
for v in gen_raise_in_finally():
    print(v)
    break
print("after break")
