# Generators driven by for loops and yield from run as frames of the caller's
# dispatch loop: StopIteration inside, finally on break, send through yield
# from, errors and tracebacks through them, re-entry, exception state.
def g():
    yield 1
    raise StopIteration
try:
    for x in g(): print(x)
except RuntimeError as e: print("RT", e, type(e.__cause__))
def h():
    try:
        yield 1
        yield 2
    finally:
        print("fin")
for x in h():
    print(x); break
print("after")
def sub():
    x = yield 1
    print("got", x)
    return 5
def outer():
    r = yield from sub()
    print("r", r)
    yield r
o = outer()
print(next(o)); print(o.send("hi"))
def bad():
    yield 1
    1/0
def user():
    for v in bad():
        print(v)
try:
    user()
except ZeroDivisionError as e:
    import sys
    print("zde", e)
def rec():
    for x in gg: yield x
gg = rec()
try:
    for x in gg: pass
except ValueError as e: print(e)
import sys
def exc_gen():
    try:
        raise KeyError(1)
    except KeyError:
        yield sys.exc_info()[0]
        yield sys.exc_info()[0]
try:
    raise TypeError
except TypeError:
    for t in exc_gen(): print(t, sys.exc_info()[0])
print(sys.exc_info())
