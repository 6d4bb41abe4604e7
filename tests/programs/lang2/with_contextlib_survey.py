# with / contextlib
class CM:
    def __init__(self, name, suppress=False): self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name); return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("s", True):
    raise ValueError("swallowed")
print("after")
try:
    with CM("x"):
        raise KeyError("k")
except KeyError as e: print("propagated", e)
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0: continue
        break
class NoEnter: 
    def __exit__(self, *a): pass
try:
    with NoEnter(): pass
except TypeError as e: print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except TypeError as e: print(e)
import contextlib
@contextlib.contextmanager
def tag(n):
    print(f"<{n}>")
    try:
        yield n
    finally:
        print(f"</{n}>")
with tag("p") as t, tag("b"):
    print("text", t)
try:
    with tag("err"):
        raise ValueError("inside")
except ValueError as e: print("got", e)
@contextlib.contextmanager
def suppressor():
    try: yield
    except ZeroDivisionError: print("suppressed zde")
with suppressor(): 1/0
with contextlib.suppress(KeyError, IndexError):
    [][0]
print("ok")
with contextlib.ExitStack() as st:
    for n in "xyz":
        st.enter_context(tag(n))
    st.callback(print, "callback")
class Exit2:
    def __enter__(self): return 1
    def __exit__(self, *args):
        print(len(args), args[0] is None)
with Exit2() as (v): print(v)
with Exit2() as [q]: pass
