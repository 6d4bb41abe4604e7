# Pins generator send/throw/close: priming, None first send error, value flow, throw handled/unhandled, close and GeneratorExit.
def averager():
    total = 0
    n = 0
    avg = None
    while True:
        val = yield avg
        if val is None:
            break
        total += val
        n += 1
        avg = total / n
    return n
a = averager()
print(next(a))
print(a.send(10), a.send(20), a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("finished with", e.value)
g = averager()
try:
    g.send(5)
except TypeError as e:
    print(type(e).__name__, e)
def echo():
    try:
        while True:
            try:
                x = yield
                print("got", x)
            except ValueError as e:
                print("handled", e)
                yield "recovered"
    finally:
        print("cleanup")
e = echo()
next(e)
e.send(1)
print(e.throw(ValueError("bad")))
next(e)
e.send(2)
try:
    e.throw(KeyError("k"))
except KeyError as ex:
    print("propagated", type(ex).__name__, ex)
try:
    next(e)
except StopIteration:
    print("dead after throw")
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally runs")
c = closer()
print(next(c))
c.close()
c.close()
print(list(c))
c2 = closer()
c2.close()
print("closed unstarted")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "nope"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as ex:
    print(type(ex).__name__, ex)
def thrower():
    yield 1
t = thrower()
try:
    t.throw(IndexError("first"))
except IndexError as ex:
    print("unstarted throw", ex)
print(next(t, "exhausted"))
