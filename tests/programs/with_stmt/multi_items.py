class CM:
    def __init__(self, name, suppress=False):
        self.name = name; self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("s", True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with CM("o"), CM("i", True):
        raise KeyError("inner suppresses")
    print("continued")
    with CM("o2", True), CM("i2"):
        raise KeyError("outer suppresses")
    print("continued2")
except KeyError:
    print("not reached")
def ret():
    with CM("r"):
        return "returned"
print(ret())
for i in range(2):
    with CM(f"loop{i}"):
        if i == 0: continue
        break
class Bad: pass
try:
    with Bad():
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with ExitRaises():
        raise ValueError("orig")
except RuntimeError as e:
    print(e, repr(e.__context__))
class EnterRaises:
    def __enter__(self): raise OSError("enter failed")
    def __exit__(self, *a): print("never"); return True
try:
    with CM("first"), EnterRaises():
        print("no")
except OSError as e:
    print(e)
with CM("t") as (x):
    pass
class Tup:
    def __enter__(self): return (1, 2)
    def __exit__(self, *a): pass
with Tup() as (p, q):
    print(p, q)
d = {}
with Tup() as d["k"]:
    pass
print(d)
with (CM("paren1") as p1, CM("paren2") as p2):
    print(p1, p2)
class Truthy:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with Truthy():
    1 / 0
print("truthy suppressed")
