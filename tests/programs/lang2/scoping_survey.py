# scope
x = "global"
def f():
    print(x)
    def g():
        nonlocal_y = 1
        return x
    return g()
print(f())
def make():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
i = make(); i(); print(i(), i.__closure__[0].cell_contents)
print(make.__code__.co_cellvars, i.__code__.co_freevars)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e: print(e)
def unbound_free():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    z = 1
unbound_free()
class C:
    a = 1
    b = [a for _ in range(2)] if False else None
    def m(self):
        return a
try:
    C().m()
except NameError as e: print(e)
class D:
    y = 10
    z = (lambda: y)
try:
    D.z()
except NameError as e: print(e)
def outer():
    v = 1
    class K:
        v = 2
        def get(self): return v
    return K().get(), K.v
print(outer())
def outer2():
    v = 1
    class K:
        v = 2
        print(v)
    return K
outer2()
def outer3():
    w = 1
    class K:
        nonlocal w
        w = 5
    return w
print(outer3())
g_var = 0
def setg():
    global g_var
    g_var = 5
setg(); print(g_var)
def newg():
    global brand_new
    brand_new = 1
newg(); print(brand_new)
lst = [lambda: i for i in range(3)]
print([f() for f in lst])
lst = [lambda i=i: i for i in range(3)]
print([f() for f in lst])
def comp_scope():
    x = 10
    return [x + y for y in range(3)]
print(comp_scope())
def delvar():
    a = 1
    del a
    try:
        a
    except UnboundLocalError as e:
        print(e)
delvar()
def delfree():
    a = 1
    def inner(): return a
    del a
    try: inner()
    except NameError as e: print(e)
delfree()
print([y for y in range(3) if y], 'y' in dir())
def walrus():
    [z := q for q in range(3)]
    return z
print(walrus())
print(locals() is globals())
def lo():
    a = 1; b = 2
    return sorted(locals().items())
print(lo())
def nested_nonlocal():
    x = 0
    def a():
        def b():
            nonlocal x
            x += 1
        b()
    a(); a()
    return x
print(nested_nonlocal())
def default_eval():
    n = 5
    def f(a=n): return a
    n = 6
    return f()
print(default_eval())
x = 1
def shadow():
    x = 2
    def inner():
        global x
        return x
    return inner()
print(shadow())
class Cls:
    x = 3
    def f(self, x=x): return x
print(Cls().f())
class Q:
    items = [1,2,3]
    total = sum(i for i in items)
print(Q.total)
try:
    class Q2:
        items = [1,2,3]
        sq = [i*j for i in items for j in items]
except NameError as e: print(e)
