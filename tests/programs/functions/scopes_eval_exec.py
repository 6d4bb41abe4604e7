def make_counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter()
inc(); inc(5)
print(get(), inc.__closure__ is not None, len(inc.__closure__), inc.__code__.co_freevars)
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
x = "global"
def outer():
    x = "outer"
    def inner():
        global x
        x = "changed"
        return x
    inner()
    return x
print(outer(), x)
class C:
    y = 10
    ys = [y for _ in range(2)] if False else None
    try:
        zs = [y for _ in range(2)]
    except NameError as e:
        err = str(e)
print(C.err)
class D:
    a = 1
    b = a + 1
    def m(self):
        try:
            return a
        except NameError as e:
            return str(e)
print(D.b, D().m())
def f():
    print(locals())
    v = 1
    print(sorted(locals()))
f()
g = {"a": 1}
l = {}
exec("b = a + 1\nc = b * 2", g, l)
print(l, sorted(k for k in g if k != "__builtins__"))
print(eval("a + b", {"a": 1}, {"b": 2}))
print(eval("x", {"x": 5}))
code = compile("1 + 2", "<s>", "eval")
print(eval(code), type(code).__name__)
code = compile("print('hi')\nz = 3", "<s>", "exec")
ns = {}
exec(code, ns)
print(ns["z"])
code = compile("4*4", "<s>", "single")
exec(code)
try:
    compile("x = ", "<s>", "exec")
except SyntaxError as e:
    print("SE", e.msg, e.lineno)
try:
    compile("1", "<s>", "bogus")
except ValueError as e:
    print(e)
def unb():
    print(q)
    q = 1
try:
    unb()
except UnboundLocalError as e:
    print(e)
def gen_scope():
    n = 0
    def bump():
        nonlocal n
        n += 1
    for _ in range(4):
        bump()
    return n
print(gen_scope())
def deep():
    a = 1
    def l1():
        def l2():
            return a + 1
        return l2()
    return l1()
print(deep())
print([(lambda: j)() for j in range(3)])
exec("def fn(q): return q * 2", g)
print(g["fn"](21))
print(eval("[i for i in range(n)]", {"n": 3}))
y = 7
def readglobal():
    return y
print(readglobal())
def shadow(y=y):
    y += 1
    return y
print(shadow(), y)
print(vars(C)["y"], "err" in vars(C))
