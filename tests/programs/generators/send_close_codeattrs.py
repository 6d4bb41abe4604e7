def counter():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total

g = counter()
print(next(g))
print(g.send(3), g.send(4))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value, e.args)

def me():
    yield g2.gi_running
    next(g2)
g2 = me()
print(next(g2))
try:
    next(g2)
except ValueError as e:
    print("VE", e)
print(g2.gi_running)

def bad():
    yield 1
    raise StopIteration("x")
try:
    list(bad())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("exit seen")
        raise
    finally:
        print("fin")
c = closer()
next(c)
c.close()
print(c.close())
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print("RE", e)

def inner():
    try:
        x = yield 1
        print("inner got", x)
    except KeyError as e:
        print("inner caught", repr(e))
        yield "handled"
    return "inner-ret"
def outer():
    r = yield from inner()
    print("r =", r)
    yield "after"
o = outer()
print(next(o))
print(o.throw(KeyError("k")))
print(next(o))
o2 = outer(); next(o2)
print(o2.send("hello"))
o3 = outer(); next(o3)
try:
    o3.throw(ValueError, ValueError("v"))
except ValueError as e:
    print("propagated", e)
print("o3")
g = (i*i for i in range(3))
print(type(g).__name__, g.__name__, g.__qualname__)
print(list(g), list(g))
def gen_name(): yield
print(gen_name().__qualname__, gen_name.__name__)
x = gen_name()
print(x.gi_code.co_name)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a+b
import itertools
print(list(itertools.islice(fib(), 10)))
g = fib()
print(g.throw(ZeroDivisionError) if False else next(g))
try:
    g.throw(ZeroDivisionError("zz"))
except ZeroDivisionError as e:
    print("zd", e)
try:
    next(g)
except StopIteration as e:
    print("stopped", repr(e))
def yf():
    yield from [1,2]
    yield from (3,4)
    return (yield from range(5,7))
print(list(yf()))
