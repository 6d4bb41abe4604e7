g = {}
l = {}
exec("x = 1\ndef f(): return x\n", g, l)
print(sorted(l), "x" in g)
try:
    l["f"]()
except NameError as e:
    print(e)
class Mapping:
    def __init__(self): self.d = {"a": 5}
    def __getitem__(self, k):
        print("lookup", k)
        return self.d[k]
    def __setitem__(self, k, v):
        print("store", k, v)
        self.d[k] = v
print(eval("a + 1", {}, Mapping()))
m = Mapping()
exec("b = a * 2", {}, m)
print(m.d)
ns = {}
exec("class K:\n    v = 1\n", ns)
print(ns["K"].__module__, ns["K"].v)
ns2 = {"__name__": "custom"}
exec("class K2: pass\nres = __name__", ns2)
print(ns2["K2"].__module__, ns2["res"])
gg = {}
print(eval("globals()", gg) is gg, eval("locals()", {}, {"q": 1}))
exec("import math as m2", ns)
print(ns["m2"].floor(2.5))
def fn():
    loc = 5
    return eval("loc + 1"), eval("[loc * i for i in range(2)]") if False else None
print(fn())
src = compile("for i in range(3): total = i", "<loop>", "exec")
env = {}
exec(src, env)
print(env["total"], env["i"])
print(eval(compile("2 ** 8", "<e>", "eval")), compile("x", "f", "eval").co_filename)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
try:
    exec("raise ValueError('inside exec')")
except ValueError as e:
    print(e)
try:
    eval("1/0")
except ZeroDivisionError as e:
    print(e)
print(eval("(lambda x: x * 2)(21)"), eval("sum(range(n))", {"n": 5}))
code = "def g(n):\n    return n if n < 2 else g(n-1) + g(n-2)\nout = g(10)"
d = {}
exec(code, d)
print(d["out"])
exec("global_var_from_exec = 'set'")
print(global_var_from_exec)
def in_func():
    exec("print('exec in func sees', loc2)")
    loc2 = 1
try:
    in_func()
except NameError as e:
    print(e)
print(eval("dir()", {"a": 1, "b": 2}))
