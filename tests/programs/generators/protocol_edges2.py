# generator edge cases
def g():
    yield 1
    yield 2
it = g()
print(it.throw(ValueError("before start")) if False else "skip")
it = g()
try:
    it.throw(ValueError("before start"))
except ValueError as e:
    print("raised at start", e)
print(list(it))
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("fin ran")
f = fin()
next(f)
del f
print("after del")
def ctr():
    total = 0
    while True:
        v = yield total
        if v is None:
            break
        total += v
    return total
c = ctr(); next(c)
for x in [1, 2, 3]:
    print(c.send(x))
try:
    c.send(None)
except StopIteration as e:
    print("ret", e.value)
def sub():
    v = yield "s1"
    while v != "end":
        v = yield "echo:" + str(v)
    return "sub done"
def main():
    res = yield from sub()
    yield res
m = main()
print(next(m), m.send(1), m.send("x"), m.send("end"))
def gen_throw_tb():
    try:
        yield
    except ZeroDivisionError as e:
        print("tb set:", e.__traceback__ is not None)
        yield "ok"
gt = gen_throw_tb(); next(gt)
print(gt.throw(ZeroDivisionError, ZeroDivisionError("zd")))
def close_inner():
    try:
        yield 1
    finally:
        print("inner closed")
def close_outer():
    try:
        yield from close_inner()
    finally:
        print("outer closed")
co = close_outer(); next(co); co.close()
def exhaust():
    yield from []
    return 3
try:
    next(exhaust())
except StopIteration as e:
    print("value", e.value)
def nested_gen():
    def inner():
        yield from range(3)
    yield from inner()
    yield from (x * 10 for x in range(2))
print(list(nested_gen()))
gen = (i for i in range(3))
print(sum(gen), sum(gen))
print(list(zip((x for x in "ab"), (y for y in range(5)))))
def gen_with_return_value_in_list():
    return_value = yield 1
print(list(gen_with_return_value_in_list()))
def lazy():
    print("started")
    yield 1
l = lazy()
print("created")
next(l)
def g_exc_state():
    try:
        raise KeyError("a")
    except KeyError:
        yield 1
        import sys
        print(repr(sys.exc_info()[1]))
ge = g_exc_state()
next(ge)
try:
    next(ge)
except StopIteration:
    pass
import sys
print(sys.exc_info())
def gen_iter():
    yield 1
gi = gen_iter()
print(iter(gi) is gi, hasattr(gi, "__next__"), hasattr(gi, "send"))
def infinite():
    n = 0
    while True:
        yield n
        n += 1
import itertools
print(list(itertools.islice(infinite(), 5)))
def yield_expr():
    x = yield
    y = yield x
    print("y", y)
ye = yield_expr()
print(next(ye), ye.send(7))
try:
    ye.send(8)
except StopIteration:
    print("done")
def g_return_none():
    yield 1
    return
r = g_return_none(); next(r)
try:
    next(r)
except StopIteration as e:
    print(e.value, e.args)
def deleg_throw_unhandled():
    def inner():
        yield 1
    yield from inner()
d = deleg_throw_unhandled(); next(d)
try:
    d.throw(KeyError("kk"))
except KeyError as e:
    print("unhandled", e)
print(d.gi_running)
try:
    next(d)
except StopIteration:
    print("exhausted after throw")
def cl_twice():
    yield 1
cc = cl_twice(); next(cc); cc.close(); cc.close(); print("closed twice")
def yield_in_try_finally_return():
    try:
        yield 1
        return "r"
    finally:
        print("finally before stop")
for v in yield_in_try_finally_return():
    print(v)
