# Pins send/throw/close forwarded through yield from, and generator state edge cases (already executing, return in finally).
def sub():
    got = []
    try:
        while True:
            x = yield len(got)
            if x == "stop":
                return got
            got.append(x)
    except ValueError as e:
        print("sub handled", e)
        return ["err"]
    finally:
        print("sub finally")
def top():
    result = yield from sub()
    print("top got", result)
    yield "after"
t = top()
print(next(t), t.send("a"), t.send("b"))
print(t.send("stop"))
t2 = top()
next(t2)
t2.send(1)
print(t2.throw(ValueError("boom")))
t3 = top()
next(t3)
t3.close()
print("t3 closed")
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def ret_finally():
    try:
        yield 1
    finally:
        return "from finally"
r = ret_finally()
next(r)
try:
    next(r)
except StopIteration as e:
    print("value", e.value)
def raiser():
    yield 1
    raise StopIteration("inside")
try:
    list(raiser())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def gen_exc():
    yield 1
    1 / 0
g = gen_exc()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(next(g, "exhausted after error"))
