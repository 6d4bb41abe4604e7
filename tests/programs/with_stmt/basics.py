# Pins user context managers: __enter__ return value bound by as, __exit__ args on normal exit, call order.
class Tag:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print(f"<{self.name}>")
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>", exc_type, exc, tb)
        return False

with Tag("p") as t:
    print("body", t)
with Tag("div"):
    print("no as")
with Tag("a") as x, Tag("b") as y:
    print("inside", x, y)
with Tag("outer"):
    with Tag("inner") as v:
        print("deep", v)
class SelfCM:
    def __enter__(self):
        self.entered = True
        return self
    def __exit__(self, *args):
        self.exit_args = args
cm = SelfCM()
with cm as same:
    print(same is cm, same.entered)
print(cm.exit_args)
def f():
    with Tag("fn"):
        return "returned"
print(f())
for i in range(3):
    with Tag(f"loop{i}"):
        if i == 0:
            continue
        if i == 2:
            break
        print("loop body", i)
with Tag("t") as (first, *rest):
    print(first, rest)
d = {}
with Tag("k") as d["key"]:
    pass
print(d)
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class NoEnter:
    def __exit__(self, *a): pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
