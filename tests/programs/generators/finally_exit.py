# Pins GeneratorExit/finally interplay: abandoning a for loop, break inside for over generator, close on exhaustion, cleanup order.
def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}{i}"
    except GeneratorExit:
        print("exit", name)
        raise
    finally:
        print("close", name)
g = resource("A")
for x in g:
    print(x)
    if x == "A1":
        break
print("after break")
g.close()
print("after close")
for x in resource("B"):
    print(x)
print("after loop")
h = resource("C")
print(next(h))
h.close()
print(h.gi_frame is None if hasattr(h, "gi_frame") else True)
def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
n.close()
def counted():
    try:
        yield 1
        yield 2
    finally:
        print("counted finally")
print(list(counted()))
print(sum(counted()))
def catch_all():
    try:
        yield 1
    except BaseException as e:
        print("caught", type(e).__name__, isinstance(e, Exception))
        raise
c = catch_all()
next(c)
c.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
def ignore_close():
    try:
        yield 1
    except GeneratorExit:
        print("swallow and return")
        return
ic = ignore_close()
next(ic)
ic.close()
print("ok")
