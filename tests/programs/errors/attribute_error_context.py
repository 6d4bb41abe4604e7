import math
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except (AttributeError, NameError) as e:
        print(type(e).__name__, e, repr(e.name), type(getattr(e, 'obj', None)).__name__ if isinstance(e, AttributeError) else '')
class C:
    x = 1
class S:
    __slots__ = ('a',)
c = C()
t(lambda: c.y)
t(lambda: C.y)
t(lambda: math.nope)
t(lambda: (1).foo)
t(lambda: "s".foo)
t(lambda: S().a)
t(lambda: undefined_name)
t(lambda: None.x)
t(lambda: int.zz)
try:
    c.y
except AttributeError as e:
    print(e.obj is c, e.args)
try:
    math.nope
except AttributeError as e:
    print(e.obj is math, e.args)
e = AttributeError("m", name="n", obj=5)
print(e.name, e.obj, e.args)
e = AttributeError("m")
print(e.name, e.obj)
e = NameError("zz", name="q")
print(e.name, e.args)
print(NameError("a").name)
def f():
    return local_undefined
try:
    f()
except NameError as e:
    print(e, e.name)
def g():
    print(x)
    x = 1
try:
    g()
except NameError as e:
    print(type(e).__name__, e, e.name)
class D:
    def __getattr__(self, n):
        raise AttributeError(n)
try:
    D().q
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
try:
    getattr(c, 'zz')
except AttributeError as e:
    print(e, e.name, e.obj is c)
print(getattr(c, 'zz', 3))
try:
    del c.zz
except AttributeError as e:
    print(e, e.name, e.obj is c)
try:
    c.__class__.__dict__['x'].foo
except AttributeError as e:
    print(e, e.name, type(e.obj).__name__)
import sys
try:
    sys.modules['math'].nope2
except AttributeError as e:
    print(e)
try:
    from math import nope3
except ImportError as e:
    print(type(e).__name__, e.name)
