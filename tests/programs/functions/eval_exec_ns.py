g = {"x": 1}
print(eval("x + 1", g))
l = {"x": 10}
print(eval("x + 1", g, l))
exec("y = x * 2", g)
print(g["y"], "__builtins__" in g)
ns = {}
exec("def f(a): return a * 3\nz = f(4)", ns)
print(ns["z"], ns["f"](2))
loc = {}
exec("w = 5", {}, loc)
print(loc)
code = compile("1 + 2", "<s>", "eval")
print(eval(code))
code2 = compile("q = 9", "<s>", "exec")
d = {}
exec(code2, d)
print(d["q"])
def fn():
    a = 3
    return eval("a * 2")
print(fn())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", type(e).__name__)
try:
    eval("undefined_x")
except NameError as e:
    print(e)
print(eval("[i*i for i in range(4)]"))
gl = {"k": 2}
print(eval("[k*i for i in range(3)]", gl))
print(exec("1"))
src = """
class C:
    v = 4
    def m(self): return self.v
res = C().m()
"""
ns = {}
exec(src, ns)
print(ns["res"])
print(eval("__name__"), eval("len('abc')"))
print(eval("a + b", {"a": 1}, {"b": 2}))
exec("import math\nr = math.sqrt(16)", ns)
print(ns["r"])
x = 5
exec("x = 6")
print(x)
def f2_unused():
    exec("zz = 1")
    return "zz" in locals()

print(eval("  3 * 3 "))
try:
    eval(5)
except TypeError as e:
    print(e)
