def t(f):
    try: f()
    except Exception as e: print(type(e).__name__, e)
    else: print("no error")
class C: pass
t(lambda: C().__init__(42))
t(lambda: object.__init__(C(), 42))
t(lambda: C.__new__(C, 42))
t(lambda: object.__new__(C, 42))
class D:
    def __new__(cls, *args, **kwargs):
        super().__new__(cls, *args, **kwargs)
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
t(lambda: D(42))
t(lambda: object.__new__(D, 42))
class E:
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
t(lambda: E().__init__(42))
t(lambda: object.__init__(E(), 42))
t(lambda: E(42))
class B:
    y = 0
    __slots__ = ('z',)
def d(): del B().y
def s(): B().y = 0
def z(): B().z
def dz(): del B().z
t(d); t(s); t(z); t(dz)
class A: pass
t(lambda: type.__setattr__(A, b'x', None))
t(lambda: setattr(A(), 1, 2))
t(lambda: getattr(A(), 1))
def add(self, o): return 'summa'
name = str(b'__add__', 'ascii')
type.__setattr__(A, name, add)
print(A() + 1)
def booh(self): raise AttributeError("booh")
class I:
    __init__ = property(booh)
t(lambda: I())
class Meta(int):
    def __init__(*args, **kwargs): pass
    def __new__(cls, name, bases, attrs, **kwargs): return bases, kwargs
d = {'metaclass': Meta}
class A(0, *range(1, 8), **d, foo='bar'): pass
print(A)
