def make():
    def inner():
        return x
    try:
        inner()
    except NameError as e:
        print(e)
    x = 1
make()
def mk2():
    def inner():
        nonlocal v
        v = 2
    v = 1
    inner()
    return v
print(mk2())
def free_del():
    x = 1
    def get(): return x
    del x
    try:
        get()
    except NameError as e:
        print(type(e).__name__ + ":", e)
free_del()
def cell_unbound_local():
    def f():
        return y
    try:
        print(y)
    except UnboundLocalError as e:
        print(e)
    y = 2
cell_unbound_local()
class C:
    x = 1
    y = [x for _ in range(1)] if False else 0
    z = (lambda: 5)()
    def f(self):
        return __class__
print(C().f() is C, C.z)
a = 1
def shadow():
    a = 2
    def inner():
        global a
        return a
    return inner()
print(shadow())
def outer():
    q = "outer"
    class Inner:
        q = "class"
        def m(self):
            return q
    return Inner().m()
print(outer())
def comp():
    x = 5
    return [[x + i for i in range(2)] for _ in range(2)]
print(comp())
i = "global i"
[i for i in range(3)]
print(i)
def gen_scope():
    g = (n for n in range(3))
    return list(g)
print(gen_scope())
def class_in_func():
    val = 10
    class K:
        a = val
        b = [val + j for j in range(2)]
    return K.a, K.b
print(class_in_func())
x = 0
def f1():
    x = 1
    def f2():
        x = 2
        def f3():
            nonlocal x
            x = 3
        f3()
        return x
    return f2(), x
print(f1())
def dflt(a=len("abc")):
    return a
print(dflt())
def lam_default():
    return [(lambda x=x: x)() for x in range(3)]
print(lam_default())
funcs = {}
for name in ["a", "b"]:
    funcs[name] = lambda name=name: name.upper()
print(funcs["a"](), funcs["b"]())
def counter_factory():
    count = [0]
    def inc():
        count[0] += 1
        return count[0]
    return inc
ic = counter_factory(); ic(); print(ic())
def glob_in_nested_class():
    class G:
        global gval
        gval = "set in class"
glob_in_nested_class()
print(gval)
def locals_in_class():
    class L:
        p = 1
        q = 2
        names = sorted(k for k in locals() if not k.startswith("__"))
    return L.names
print(locals_in_class())
try:
    exec("def bad():\n    nonlocal zz\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("def bad2(a):\n    global a\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("nonlocal q")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("def f3():\n    x = 1\n    global x\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("def f4():\n    print(x)\n    nonlocal x\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("return 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("yield 5")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("break")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("continue")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("def f(a, a): pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("f(x=1, x=2)")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("f(x=1, 2)")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("def f(a=1, b): pass")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("a, *b, *c = 1, 2, 3")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("*a = [1]")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("del f()")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("f() = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("1 += 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("None = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("lambda: (yield)")
    print("ok lambda yield")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("class A:\n    return 1\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("[x for x in range(3)] = 1")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("x = yield = 3")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
