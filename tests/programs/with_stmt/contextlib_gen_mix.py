import sys
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print("exit got", t.__name__ if t else None, type(tb).__name__)
        return False
def gen():
    with CM():
        yield 1
        yield 2
g = gen(); next(g); g.close()
g = gen(); next(g)
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
def g2():
    try:
        yield
    finally:
        print("exc_info in finally:", sys.exc_info()[0])
x = g2(); next(x); x.close()
def outer():
    try:
        raise ValueError("outer")
    except ValueError:
        def inner():
            return sys.exc_info()[0].__name__
        return inner()
print(outer())
def gen_ctx():
    try:
        yield
    except Exception as e:
        print("ctx:", repr(e.__context__))
try:
    raise TypeError("handled")
except TypeError:
    gc_ = gen_ctx(); next(gc_)
    try:
        gc_.throw(ValueError("thrown"))
    except StopIteration:
        pass
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x for x in [9]))))
def tree(n):
    if n:
        yield n
        yield from tree(n - 1)
        yield from tree(n - 1)
print(list(tree(3)))
def acc():
    total = 0
    try:
        while True:
            total += yield
    except GeneratorExit:
        print("total", total)
a = acc(); next(a)
for v in range(5): a.send(v)
a.close()
def raise_in_gen():
    yield 1
    raise ValueError("gen error")
try:
    for v in raise_in_gen():
        print("v", v)
except ValueError as e:
    print(e)
print(sum(x * x for x in range(5)), max((len(w), w) for w in "a bb ccc".split()))
print(list(map(lambda f: f(2), [lambda x, k=k: x * k for k in range(3)])))
def adders():
    return [lambda x: x + i for i in range(3)]
print([f(10) for f in adders()])
def make_counter():
    count = 0
    def get(): return count
    def inc():
        nonlocal count
        count += 1
    return get, inc
get, inc = make_counter(); inc(); inc(); print(get())
class Tracker:
    def __init__(self): self.log = []
    def __enter__(self): self.log.append("enter"); return self.log
    def __exit__(self, *exc):
        self.log.append(("exit", exc[0].__name__ if exc[0] else None)); return True
t = Tracker()
with t as log:
    log.append("body")
    raise RuntimeError
with t:
    pass
print(t.log)
def nested_with():
    with CM() as a, CM() as b:
        return a is not b
print(nested_with())
try:
    with CM():
        raise IndexError("ie")
except IndexError as e:
    print("after exit", e)
import contextlib
@contextlib.contextmanager
def ctx(name):
    print("setup", name)
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled zde in ctx")
    finally:
        print("teardown", name)
with ctx("a") as v:
    print(v)
with ctx("b"):
    1 / 0
print("continued")
try:
    with ctx("c"):
        raise KeyError("c")
except KeyError:
    print("keyerror escaped")
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")
@ctx("deco")
def decorated():
    print("in decorated")
decorated()
decorated()
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print(e)
@contextlib.contextmanager
def twoyield():
    yield 1
    yield 2
try:
    with twoyield():
        pass
except RuntimeError as e:
    print(e)
with contextlib.nullcontext(5) as n:
    print(n)
class Closable:
    def close(self): print("closed!")
with contextlib.closing(Closable()) as c:
    print(type(c).__name__)
with contextlib.ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(ctx("stacked"))
    print("in stack")
with contextlib.ExitStack() as stack:
    stack.enter_context(contextlib.suppress(ValueError))
    raise ValueError("suppressed by stack")
print("after stack")
class Buf:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): pass
buf = Buf()
with contextlib.redirect_stdout(buf):
    print("captured", 1)
print(buf.parts)
@contextlib.contextmanager
def reraiser():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
try:
    with reraiser():
        raise ValueError("orig")
except TypeError as e:
    print(e, repr(e.__cause__))
import sys
class W:
    def write(self, s): sys.__stdout__.write("[" + s + "]")
sys.stdout = W()
print("a", "b", sep="-")
sys.stdout = None
print("nothing")
sys.stdout = sys.__stdout__
print("back")
print("err", file=sys.stderr)
