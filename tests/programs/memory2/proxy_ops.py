import weakref
class C:
    def __init__(self): self.x = 5; self.items = [1, 2, 3]
    def __len__(self): return 3
    def __getitem__(self, i): return i * 2
    def __setitem__(self, i, v): print("set", i, v)
    def __delitem__(self, i): print("del", i)
    def __contains__(self, v): return v == 1
    def __add__(self, o): return "add"
    def __radd__(self, o): return "radd"
    def __mul__(self, o): return "mul"
    def __neg__(self): return "neg"
    def __lt__(self, o): return "lt"
    def __eq__(self, o): return "eq"
    def __str__(self): return "strC"
    def __iter__(self): return iter(self.items)
    def __bool__(self): return False
    def __int__(self): return 7
    def __index__(self): return 7
c = C()
p = weakref.proxy(c)
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
attempt("len", lambda: len(p))
attempt("getitem", lambda: p[4])
def setit(): p[1] = 2
attempt("setitem", setit)
def delit(): del p[3]
attempt("delitem", delit)
attempt("contains", lambda: 1 in p)
attempt("add", lambda: p + 1)
attempt("radd", lambda: 1 + p)
attempt("mul", lambda: p * 2)
attempt("neg", lambda: -p)
attempt("lt", lambda: p < 1)
attempt("eq", lambda: p == 1)
attempt("str", lambda: str(p))
attempt("iter", lambda: list(p))
attempt("bool", lambda: bool(p))
attempt("not", lambda: not p)
attempt("hash", lambda: hash(p))
attempt("attr", lambda: p.x)
attempt("type", lambda: type(p).__name__)
attempt("isinstance", lambda: isinstance(p, C))
attempt("class", lambda: p.__class__.__name__)
class D:
    def __init__(self): self.v = 1
d = D()
q = weakref.proxy(d)
attempt("qtype", lambda: type(q).__name__)
attempt("qhash", lambda: hash(q))
attempt("qeq", lambda: q == q)
attempt("qbool", lambda: bool(q))
del d
attempt("dead attr", lambda: q.v)
attempt("dead bool", lambda: bool(q))
attempt("dead str", lambda: str(q))
attempt("dead eq", lambda: q == 1)
def setv(): q.v = 2
attempt("dead setattr", setv)
l = weakref.proxy(c.items) if False else None
