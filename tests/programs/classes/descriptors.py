# Pins user descriptors with __get__/__set__/__set_name__, data vs non-data precedence, access through the class.
class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age

p = Person("ann", 30)
print(p.name, p.age, sorted(p.__dict__))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
print(type(Person.name).__name__, Person.age.kind.__name__)
class Const:
    def __get__(self, obj, objtype=None):
        return 42 if obj is not None else "class-access"
class Holder:
    c = Const()
h = Holder()
print(h.c, Holder.c)
h.__dict__["c"] = "instance wins"
print(h.c)
class Data:
    def __get__(self, obj, t=None): return "data"
    def __set__(self, obj, v): print("set", v)
class H2:
    d = Data()
h2 = H2()
h2.__dict__["d"] = "shadow"
print(h2.d)
h2.d = 5
class Lazy:
    def __init__(self, fn): self.fn = fn
    def __get__(self, obj, t=None):
        if obj is None: return self
        v = self.fn(obj)
        obj.__dict__[self.fn.__name__] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r
ci = Circle(2)
print(ci.area, ci.area)
