def f(a, b, c=3, *, d, e=5): return (a, b, c, d, e)
print(f(1, 2, d=4), f(1, b=2, d=0, c=9))
for call in [lambda: f(1), lambda: f(), lambda: f(1, 2), lambda: f(1, 2, 3, 4, d=1),
             lambda: f(1, 2, a=1, d=1), lambda: f(1, 2, d=1, zz=2), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(x, y, /, z, *, w): return x, y, z, w
print(g(1, 2, 3, w=4), g(1, 2, z=3, w=4))
for call in [lambda: g(1, y=2, z=3, w=4), lambda: g(x=1, y=2, z=3, w=4), lambda: g(1, 2, 3, 4), lambda: g(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print(e)
def h(a, /, **kw): return a, kw
print(h(1, a=2))
def n(): pass
try:
    n(1)
except TypeError as e:
    print(e)
try:
    n(x=1)
except TypeError as e:
    print(e)
def one(a): pass
try:
    one(1, 2)
except TypeError as e:
    print(e)
def two(a, b=1): pass
try:
    two(1, 2, 3)
except TypeError as e:
    print(e)
def kwo(*, a, b, c): pass
try:
    kwo()
except TypeError as e:
    print(e)
try:
    kwo(1, a=1, b=2, c=3)
except TypeError as e:
    print(e)
def three(a, b, c): pass
try:
    three()
except TypeError as e:
    print(e)
try:
    three(1)
except TypeError as e:
    print(e)
class M:
    def meth(self, a): pass
try:
    M().meth()
except TypeError as e:
    print(e)
try:
    M().meth(1, 2)
except TypeError as e:
    print(e)
try:
    M.meth()
except TypeError as e:
    print(e)
def var(a, *args, b=2, **kw): return a, args, b, kw
print(var(1, 2, 3, b=4, c=5))
print(var.__defaults__, var.__kwdefaults__, var.__code__.co_argcount, var.__code__.co_kwonlyargcount)
def anno(a: int, b: "str" = "x") -> list: pass
print(anno.__annotations__)
def deco1(fn):
    def w(*a): return "d1(" + fn(*a) + ")"
    return w
def deco2(fn):
    def w(*a): return "d2(" + fn(*a) + ")"
    return w
def deco_arg(tag):
    def d(fn):
        def w(*a): return tag + fn(*a)
        return w
    return d
@deco1
@deco2
@deco_arg("T:")
def base(x): return str(x)
print(base(7))
@(lambda fn: fn)
def idf(): return "id"
print(idf())
class Dec:
    def __init__(self, fn): self.fn = fn; self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.fn(*a)
@Dec
def sq(x): return x * x
print(sq(3), sq(4), sq.calls)
try:
    (5)()
except TypeError as e:
    print(e)
try:
    "abc"(1)
except TypeError as e:
    print(e)
print((lambda *a, **k: (a, k))(1, k=2))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
try:
    (lambda a: a)()
except TypeError as e:
    print(e)
try:
    len()
except TypeError as e:
    print(e)
try:
    len([], [])
except TypeError as e:
    print(e)
try:
    isinstance(1)
except TypeError as e:
    print(e)
def posonly_kw(a, b, /):
    pass
try:
    posonly_kw(1, b=2)
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, d=4, e=5, **{"c": 1})
except TypeError as e:
    print(e)
def defaults_mut(x, acc=[]):
    acc.append(x); return acc
print(defaults_mut(1), defaults_mut(2))
