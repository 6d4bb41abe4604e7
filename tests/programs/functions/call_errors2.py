def t(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
def f(a, b=2, *, c, d=4): pass
t(lambda: f(1, 2, 3, c=1))
t(lambda: f(1, 2, 3))
t(lambda: f(1, 2, 3, 4, c=1, d=2))
t(lambda: f())
t(lambda: f(c=1))
t(lambda: f(1, 2))
def g(a, b, /, c): pass
t(lambda: g(a=1, b=2, c=3))
t(lambda: g(1, b=2, c=3))
t(lambda: g(1))
t(lambda: g(1, 2, 3, 4))
def h(*, x, y, z): pass
t(lambda: h(x=1))
t(lambda: h())
t(lambda: h(1, 2))
def k(a, *args, b): pass
t(lambda: k(1, 2, 3))
def m(a, b, c, d): pass
t(lambda: m(1, 2))
t(lambda: m(1, c=3))
t(lambda: m(1, 2, 3, 4, e=5))
t(lambda: m(1, 2, 3, 4, 5))
t(lambda: m(*[1, 2, 3], **{"c": 9, "d": 1}))
def n(**kw): return kw
t(lambda: n(1))
print(n(**{"a": 1}, b=2))
t(lambda: n(**{1: 2}))
class C:
    def meth(self, x, *, y): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a): pass
t(lambda: C().meth())
t(lambda: C().meth(1, 2))
t(lambda: C().meth(1))
t(lambda: C.cm())
t(lambda: C.sm())
t(lambda: C.sm(1, 2))
t(lambda: C().meth(1, y=2, z=3))
t(lambda: C.meth(1, 2, y=3))
def p(a, /, b, *, c): return (a, b, c)
print(p(1, 2, c=3), p(1, b=2, c=3))
def pk(a, /, **kw): return a, kw
print(pk(1, a=2, b=3))
def defaults(a, b=[], /, c=(), *, d={}): return a, b, c, d
print(defaults(1))
print(defaults.__defaults__, defaults.__kwdefaults__)
f2 = lambda a, /, b=2, *c, d, **e: (a, b, c, d, e)
print(f2(1, d=4), f2(1, 2, 3, d=4, e=5))
t(lambda: f2(a=1, d=4))
def star_only(*args): return args
print(star_only(), star_only(*range(3)), star_only(*"ab", *[1]))
def combined(x, y=10, *args, z, w=20, **kwargs): return (x, y, args, z, w, kwargs)
print(combined(1, z=3), combined(1, 2, 3, 4, z=5, w=6, q=7))
print(combined(*[1, 2], **{"z": 3, "extra": 1}))
t(lambda: combined(1, 2, x=3, z=4))
def empty(): pass
t(lambda: empty(*[1]))
t(lambda: empty(**{"a": 1}))
t(lambda: int(x=5))
t(lambda: sorted([1], reverse=True, foo=1))
t(lambda: print(sep=1))
t(lambda: max())
t(lambda: min([]))
t(lambda: dict(1, 2))
t(lambda: getattr())
t(lambda: "abc".split(1, 2, 3))
t(lambda: [].append())
t(lambda: [].append(1, 2))
t(lambda: {}.get())
t(lambda: divmod(1))
t(lambda: range())
t(lambda: range(1, 2, 3, 4))
t(lambda: enumerate())
t(lambda: zip(1))
t(lambda: map(len))
t(lambda: open())
