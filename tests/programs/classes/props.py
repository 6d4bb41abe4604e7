# Pins property getter/setter/deleter, read-only properties, staticmethod and classmethod.
class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def convert(f):
        return (f - 32) * 5 / 9
    @classmethod
    def from_f(cls, f):
        return cls(cls.convert(f))
    @classmethod
    def name(cls):
        return cls.__name__ + "/" + cls.scale

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37.5
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "_c"))
try:
    t.celsius
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.convert(212), t.convert(32))
u = Temp.from_f(212)
print(type(u).__name__, u.celsius)
class Kelvin(Temp):
    scale = "K"
print(Kelvin.name(), Temp.name(), type(Kelvin.from_f(32)).__name__)
print(type(Temp.__dict__["celsius"]).__name__, type(Temp.__dict__["convert"]).__name__, type(Temp.__dict__["from_f"]).__name__)
print(isinstance(Temp.celsius, property), Temp.celsius.fget.__name__)
class P:
    def get_x(self): return self._x * 2
    def set_x(self, v): self._x = v
    x = property(get_x, set_x, None, "doc of x")
p = P()
p.x = 21
print(p.x, P.x.__doc__)
