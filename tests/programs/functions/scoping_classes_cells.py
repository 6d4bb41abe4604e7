def f():
    x = 1
    class C:
        nonlocal x
        x = 2
        def get(self): return x
    return x, C().get()
print(f())
def g():
    x = 1
    def inner():
        nonlocal x
        del x
    inner()
    try:
        return x
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(g())
def h():
    def inner():
        return y
    y = 1
    del y
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
h()
class Outer:
    val = 1
    class Inner:
        try:
            v = val
        except NameError as e:
            v = str(e)
print(Outer.Inner.v)
def make():
    fs = []
    for i in range(3):
        def f(i=i): return i
        fs.append(f)
    return [f() for f in fs]
print(make())
def comp_class():
    class A:
        x = 10
        ys = [x for _ in range(1)] if False else None
        z = [i for i in range(x)]
    return A.z
print(comp_class())
def nonlocal_loop():
    total = 0
    def add(n):
        nonlocal total
        total += n
    for i in range(5):
        add(i)
    return total
print(nonlocal_loop())
x = "global"
def shadow_param(x):
    def inner(): return x
    return inner()
print(shadow_param("param"))
def recursive_closure():
    def fact(n): return 1 if n == 0 else n * fact(n - 1)
    return fact(5)
print(recursive_closure())
def closure_over_loop_var():
    res = []
    for i in range(3):
        res.append(lambda: i)
    i = 100
    return [f() for f in res]
print(closure_over_loop_var())
def gen_closure():
    n = 2
    return list(x * n for x in range(3))
print(gen_closure())
def late_binding():
    fs = [lambda: j for j in range(2)]
    return [f() for f in fs]
print(late_binding())
def uses_builtin():
    len = lambda x: "shadowed"
    return len([1, 2])
print(uses_builtin(), len([1, 2]))
def global_decl_after_use_in_other():
    global counter_g
    counter_g = 1
    def bump():
        global counter_g
        counter_g += 1
    bump(); bump()
    return counter_g
print(global_decl_after_use_in_other())
def cell_in_comp():
    a = 1
    return [(lambda: a + b)() for b in range(2)]
print(cell_in_comp())
def default_eval_time():
    vals = []
    for k in range(2):
        def f(v=k * 10): return v
        vals.append(f)
    return [v() for v in vals]
print(default_eval_time())
def unbound_in_branch(flag):
    if flag:
        z = 1
    return z
try:
    unbound_in_branch(False)
except UnboundLocalError as e:
    print(e)
def aug_unbound():
    try:
        q += 1
    except UnboundLocalError as e:
        return str(e)
print(aug_unbound())
def free_after_del():
    v = 1
    def inner(): return v
    del v
    try:
        inner()
    except NameError as e:
        return str(e)
print(free_after_del())
def class_attr_vs_global():
    class K:
        print_ = print
        len = 5
        size = len
    return K.size
print(class_attr_vs_global())
