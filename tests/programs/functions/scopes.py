# Pins global and nonlocal statements, three-deep nested functions, shadowing and name resolution order.
x = "global x"
count = 0
def read_global():
    return x
def write_global():
    global count
    count += 1
    return count
def shadow():
    x = "local x"
    return x
print(read_global(), write_global(), write_global(), shadow(), x, count)
def level1():
    a = 1
    def level2():
        b = 2
        def level3():
            nonlocal a, b
            a += 10
            b += 20
            return a + b
        r = level3()
        return r, b
    r2 = level2()
    return r2, a
print(level1())
def make_global():
    global created_later
    created_later = "made inside"
make_global()
print(created_later)
def nonlocal_chain():
    v = 0
    def mid():
        def inner():
            nonlocal v
            v += 1
        inner()
        inner()
    mid()
    return v
print(nonlocal_chain())
len_ = len
def uses_builtin():
    return len("abc"), len_([1])
print(uses_builtin())
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
def param_shadow(x):
    x = x * 2
    return x
print(param_shadow(5), x)
y = 1
def read_then_global():
    global y
    y = y + 1
    return y
print(read_then_global(), read_then_global(), y)
def loop_var_leaks():
    for i in range(3):
        pass
    return i
print(loop_var_leaks())
