class Outer:
    """Outer doc."""
    class Inner:
        def meth(self):
            def local():
                pass
            return local
    def m(self): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls): pass
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__)
print(Outer.Inner().meth().__qualname__)
print(Outer.__module__, Outer.__doc__, Outer.Inner.__doc__)
print(Outer.m.__qualname__, Outer.s.__qualname__, Outer.c.__qualname__)
print(Outer.__name__, type(Outer()).__name__, type(Outer).__name__)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__mro__)
print(D.mro())
print(D.__bases__, A.__bases__, D.__base__)
print([k for k in vars(D)])
class P:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self._b = 2
    def method(self): pass
p = P()
print(vars(p))
print([n for n in dir(p) if not n.startswith('__')])
print(dir(p))
print(dir(P) == dir(p))
print(sorted(set(dir(p)) - set(dir(object))))
print(dir(object))
print(type.__dict__['__dict__'])
print(type(P.__dict__))
print(P.__dict__['method'].__name__)
print(object.__repr__(p).startswith('<__main__.P object at 0x'))
print(str(p) == repr(p))
class S:
    def __repr__(self): return 'S()'
print(str(S()), f"{S()}", format(S()), [S()], "%s %r" % (S(), S()))
try:
    format(S(), 'x')
except TypeError as e:
    print(e)
class F:
    def __format__(self, spec): return 'F:' + spec
print(f"{F():>10}", format(F(), 'abc'), '{:q}'.format(F()))
class L:
    def __len__(self): return 0
class BB:
    def __bool__(self): return False
class N: pass
print(bool(L()), bool(BB()), bool(N()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)
n1, n2 = N(), N()
print(n1 == n1, n1 == n2, n1 != n2, n1 != n1)
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and self.v == o.v
print(Eq(1) == Eq(1), Eq(1) != Eq(1), Eq(1) != Eq(2), Eq.__hash__ is None)
print(isinstance(1, object), issubclass(D, A), issubclass(D, (int, C)))
print(type(Outer.__dict__["s"]).__name__, type(Outer.__dict__['c']).__name__)
print(P.__init__.__name__, P().method.__name__, P().method.__self__.__class__.__name__)
print(type(P().method).__name__, type(P.method).__name__)
