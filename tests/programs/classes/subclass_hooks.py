# Pins __init_subclass__ registries, class decorators, and __new__ in simple user classes.
registry = {}
class Plugin:
    def __init_subclass__(cls, key=None, **kw):
        super().__init_subclass__(**kw)
        registry[key or cls.__name__.lower()] = cls
class Alpha(Plugin, key="a"):
    pass
class Beta(Plugin):
    pass
class Gamma(Beta):
    pass
print(sorted((k, v.__name__) for k, v in registry.items()))

def add_greeting(cls):
    cls.greet = lambda self: "hi from " + type(self).__name__
    return cls
def counted(cls):
    orig = cls.__init__
    cls.instances = 0
    def __init__(self, *a, **k):
        cls.instances += 1
        orig(self, *a, **k)
    cls.__init__ = __init__
    return cls
@add_greeting
@counted
class Widget:
    def __init__(self, n):
        self.n = n
w1, w2 = Widget(1), Widget(2)
print(w1.greet(), Widget.instances, w2.n)
def singleton(cls):
    inst = {}
    def get(*a):
        if cls not in inst:
            inst[cls] = cls(*a)
        return inst[cls]
    return get
@singleton
class Config:
    def __init__(self, v): self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
class Pt:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        inst = super().__new__(cls)
        return inst
    def __init__(self, x):
        print("init", x)
        self.x = x
p = Pt(5)
print(p.x)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            cls._cache[key] = super().__new__(cls)
        return cls._cache[key]
print(Cached("a") is Cached("a"), Cached("a") is Cached("b"))
class NotMine:
    def __new__(cls):
        return 17
    def __init__(self):
        print("never")
print(NotMine())
