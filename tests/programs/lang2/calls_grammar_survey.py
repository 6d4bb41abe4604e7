buttons = [lambda f: f, lambda f: (lambda: "wrapped " + f())]
@buttons[1]
def hello(): return "hello"
print(hello())
@(lambda f: f)
def same(): return 1
print(same())
def f(a, b, /, c, *, d=4, **kw): return a, b, c, d, kw
print(f(1, 2, 3), f(1, 2, c=3, d=5, e=6))
for call in [lambda: f(1, b=2, c=3), lambda: f(1, 2), lambda: f(1, 2, 3, 4), lambda: f(1, 2, 3, d=1, d2=2, c=1)]:
    try: call()
    except TypeError as e: print(e)
def g(a, b=2, *args, c, d=5, **kw): return locals()
print(g(1, c=3))
try: g(1, 2, 3, 4)
except TypeError as e: print(e)
try: g()
except TypeError as e: print(e)
def h(*, a, b): pass
try: h()
except TypeError as e: print(e)
def k(a, b, c): pass
try: k(1)
except TypeError as e: print(e)
try: k(1, 2, 3, b=4)
except TypeError as e: print(e)
try: k(1, 2, 3, z=4)
except TypeError as e: print(e)
class M:
    def meth(self, a): pass
try: M().meth()
except TypeError as e: print(e)
try: M().meth(1, 2)
except TypeError as e: print(e)
try: M.meth()
except TypeError as e: print(e)
def sidefx(x): print("eval", x); return x
print(sidefx(1) < sidefx(2) < sidefx(0) < sidefx(3))
print(sidefx(0) and sidefx(1), sidefx(2) or sidefx(3))
def order():
    try:
        print("try"); return "ret"
    except Exception: print("no")
    else: print("else not run due to return")
    finally: print("finally")
print(order())
def order2():
    try: print("try")
    except Exception: print("no")
    else: print("else")
    finally: print("finally")
order2()
x = [1, 2, 3, 4, 5]
del x[1], x[2]
print(x)
d = {"a": 1, "b": 2}; del d["a"]; print(d)
class O: pass
o = O(); o.a = 1; del o.a; print(vars(o))
a = 1; del a
try: a
except NameError as e: print(e)
print(__name__, __name__ == "__main__")
if __name__ == "__main__":
    print("main guard")
print(type(__builtins__).__name__ if not isinstance(__builtins__, dict) else "dict")
print(1, 2, sep="", end="!\n")
print("a", "b", sep=None, end=None)
print()
import sys
print("to stdout", file=sys.stdout)
sys.stdout.write("written\n")
lst = [3, 1, 2]
first, *rest = sorted(lst)
print(first, rest)
print([*"abc"], (*"ab", *"cd"), {**dict(a=1), **dict(b=2)})
m = [[1, 2], [3, 4]]
print([y for x in m for y in x], list(zip(*m)))
print((lambda *a, **k: (a, k))(1, 2, x=3))
print((lambda x, y=2: x + y)(1))
n = 0
while (n := n + 1) < 3: print("n", n)
print([y := 5, y ** 2])
def gen():
    x = yield
    while True:
        x = yield x * 2
gg = gen(); next(gg); print(gg.send(3), gg.send(5))
print(isinstance(True, int), True == 1, hash(True) == hash(1), {True: "a", 1: "b"})
print(int.__name__, (1).__class__, type(None)(), type(...).__name__, NotImplemented)
print(0 == -0.0, 1 == 1.0, 0.1 + 0.2 == 0.3, float("nan") != float("nan"))
s = "hello"
print(s[::-1], s[1:3], s[-1], s[:-1], s[10:], s[::2])
