def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c = counter()
print(c(), c(), c())
g = 1
def setg():
    global g
    g = 2
    def inner():
        global g
        g += 10
    inner()
setg()
print(g)
def f():
    print(x)
    x = 1
try:
    f()
except UnboundLocalError as e:
    print(e)
def outer():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    y = 1
    return inner()
print(outer())
def outer2():
    def inner():
        return z
    del_me = 0
    z = 1
    del z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
outer2()
def dl():
    a = 1
    del a
    try:
        print(a)
    except UnboundLocalError as e:
        print(e)
dl()
try:
    undefined_name
except NameError as e:
    print(e)
class K:
    attr = 1
    def m(self):
        try:
            return attr
        except NameError as e:
            return str(e)
    lst = [attr for _ in range(2)] if False else None
print(K().m())
x = "global"
class K2:
    x = "class"
    def m(self): return x
    y = x
print(K2().m(), K2.y)
def fn():
    x = "local"
    class C:
        print(x)
        x = "cls"
        print(x)
    return C
fn()
def fn2():
    x = "enclosing"
    class C:
        y = x
        def m(self): return x
    return C
C = fn2()
print(C.y, C().m())
def lambdas():
    fs = [lambda: i for i in range(3)]
    gs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs], [g() for g in gs]
print(lambdas())
def loop_closure():
    out = []
    for i in range(3):
        def h(): return i
        out.append(h)
    return [h() for h in out]
print(loop_closure())
def nl():
    a = 1
    def m1():
        def m2():
            nonlocal a
            a = 5
        m2()
    m1()
    return a
print(nl())
print([(lambda: k)() for k in "ab"])
y = 0
def walrus():
    [y := i for i in range(3)]
    return y
print(walrus(), y)
def comp_scope():
    n = 5
    return [n * j for j in range(3)], {j: n for j in range(2)}
print(comp_scope())
def gl():
    global newglobal
    newglobal = 7
gl()
print(newglobal)
def loc():
    a = 1; b = 2
    return sorted(locals().items())
print(loc())
def closure_cells():
    a = 1
    def f(): return a
    return f
print(closure_cells().__closure__[0].cell_contents, closure_cells.__code__.co_cellvars, closure_cells().__code__.co_freevars)
