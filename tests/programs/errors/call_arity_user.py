# Calling functions wrongly: the TypeError messages for user functions.
def t(f):
    try:
        r = f()
        print("ok", r if r is None or isinstance(r, (int, str)) else type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

def f0(): pass
def f1(a): pass
def f2(a, b): pass
def f3(a, b=1, *, c): pass
def f4(a, /, b, *, c=2): pass
def f5(*args, k): pass
def f6(a, b, c, d): pass
def f7(**kw): pass
def f8(a, *args, b=1, **kw): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(x): pass
    @classmethod
    def c(cls, x): pass
    def __init__(self, a): pass
t(lambda: f0(1))
t(lambda: f0(1, 2))
t(lambda: f0(a=1))
t(lambda: f1())
t(lambda: f1(1, 2))
t(lambda: f1(b=2))
t(lambda: f1(1, a=2))
t(lambda: f2())
t(lambda: f2(1))
t(lambda: f2(b=1))
t(lambda: f3(1))
t(lambda: f3())
t(lambda: f3(1, 2, 3))
t(lambda: f3(1, 2, 3, c=1))
t(lambda: f4(a=1, b=2))
t(lambda: f4(1, 2, 3))
t(lambda: f4(1, b=2, d=4))
t(lambda: f5(1, 2))
t(lambda: f6(1))
t(lambda: f6(1, 2))
t(lambda: f6(1, d=2))
t(lambda: f7(1))
t(lambda: f8())
t(lambda: f8(1, 2, a=3))
t(lambda: f1(**{"a": 1, "b": 2}))
t(lambda: f1(*[1, 2, 3]))
t(lambda: f1(**{1: 2}))
t(lambda: f1(*5))
t(lambda: f1(**5))
t(lambda: f1(a=1, **{"a": 2}))
t(lambda: C(1).m())
t(lambda: C(1).m(1, 2))
t(lambda: C.m(1))
t(lambda: C.s())
t(lambda: C.c())
t(lambda: C(1).c(1, 2))
t(lambda: C())
t(lambda: C(1, 2))
t(lambda: C(b=1))
t(lambda: (lambda: 0)(1))
t(lambda: (lambda x, y: 0)(1))
t(lambda: (lambda *, k: 0)())
def gen(a):
    yield a
t(lambda: gen())
class NoInit: pass
t(lambda: NoInit(1))
t(lambda: NoInit(a=1))
class NewOnly:
    def __new__(cls, a): return super().__new__(cls)
t(lambda: NewOnly())
t(lambda: NewOnly(1, 2))
t(lambda: object.__new__(NoInit, 1))
t(lambda: int.__new__(int, 1, 2, 3))
class WithInit:
    def __init__(self, a): self.a = a
print(type(object.__new__(WithInit, 1)).__name__)
class Both:
    def __new__(cls, a):
        return super().__new__(cls, a)
    def __init__(self, a): pass
t(lambda: Both(1))
t(lambda: object(1))
t(lambda: object(x=1))
class SubInt(int): pass
t(lambda: SubInt("5"))
