# Pins lambdas and functions as first-class values: in lists/dicts, passed and returned, composed.
square = lambda v: v * v
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
for sym in ops:
    print(sym, ops[sym](12, 4), end=" | ")
print()
def compose(f, g):
    return lambda x: f(g(x))
inc_then_sq = compose(square, lambda v: v + 1)
print(inc_then_sq(3), compose(str, abs)(-5), compose(len, str)(12345))
def apply_twice(f, x):
    return f(f(x))
print(apply_twice(square, 3), apply_twice(lambda s: s + "!", "hi"), apply_twice(add, 0))
pipeline = [abs, square, str, len]
value = -123
for fn in pipeline:
    value = fn(value)
print(value)
def make_adder(n):
    return lambda x: x + n
adders = list(map(make_adder, [1, 10, 100]))
print(list(map(lambda f: f(5), adders)))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)), list(filter(lambda v: v % 3 == 0, range(10))))
table = [print, len, abs, max, square]
print(type(square).__name__, type(len).__name__, callable(square), callable(5), square is square)
fs = (lambda: 1, lambda: 2)
print(fs[1](), fs[0]())
nested = lambda x: lambda y: lambda z: x + y + z
print(nested(1)(2)(3))
cond = lambda n: "neg" if n < 0 else "zero" if n == 0 else "pos"
print(cond(-1), cond(0), cond(1))
def returns_func(kind):
    def a():
        return "A"
    def b():
        return "B"
    return a if kind else b
print(returns_func(True)(), returns_func(False)(), returns_func(1).__name__)
