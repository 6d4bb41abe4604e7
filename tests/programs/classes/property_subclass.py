class P(property):
    pass
class A:
    @P
    def x(self):
        "doc of x"
        return 1
    @x.setter
    def x(self, v):
        print("set", v)
a = A()
print(a.x, type(A.x).__name__, A.x.__doc__, isinstance(A.x, property))
a.x = 5
class classproperty(property):
    def __get__(self, obj, cls=None):
        return self.fget(cls)
class B:
    @classproperty
    def name(cls):
        return "B-" + cls.__name__
class B2(B): pass
print(B.name, B2.name, B().name)
class Logged(property):
    def __init__(self, fget, *rest):
        super().__init__(fget, *rest)
        self.label = fget.__name__
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        print("get", self.label)
        return super().__get__(obj, cls)
    def __set__(self, obj, value):
        print("set via", self.label)
        super().__set__(obj, value)
class C:
    def __init__(self): self._v = 0
    @Logged
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val
c = C()
print(c.v)
c.v = 3
print(c.v, C.v.label, C.v.fget.__name__)
try:
    class E:
        @P
        def ro(self): return 1
    E().ro = 2
except AttributeError as e:
    print(e)
class NoSuper(property):
    def __init__(self, f):
        self.f = f
class U:
    @NoSuper
    def q(self): return 1
try:
    U().q
except AttributeError as e:
    print(e)
print(U.q.f.__name__, U.q.fget)
class Cached(property):
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        name = self.fget.__name__
        if name not in obj.__dict__:
            obj.__dict__[name] = self.fget(obj)
        return obj.__dict__[name]
class W:
    calls = 0
    @Cached
    def val(self):
        W.calls += 1
        return 42
w = W()
print(w.val, w.val, W.calls)
p = property(lambda s: 1, doc="d")
print(p.__doc__, type(p).__name__, property.__init__.__name__)
import gc
gc.collect()
