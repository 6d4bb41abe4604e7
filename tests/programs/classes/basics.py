# Pins basic classes: __init__, methods, class vs instance attributes, __dict__, type(x).__name__, __class__.
class Dog:
    species = "canis"
    count = 0

    def __init__(self, name, age=3):
        self.name = name
        self.age = age
        Dog.count += 1

    def bark(self, times=1):
        return " ".join(["woof"] * times) + " from " + self.name

    def birthday(self):
        self.age += 1
        return self.age

d = Dog("rex")
e = Dog("fido", 7)
print(d.bark(), "|", e.bark(3))
print(d.birthday(), d.birthday(), e.age)
print(Dog.count, d.count, e.species)
d.species = "lupus"
print(d.species, e.species, Dog.species)
print(sorted(d.__dict__.items()))
print(type(d).__name__, d.__class__.__name__, d.__class__ is Dog, type(d) is Dog)
print(Dog.__name__, type(Dog).__name__, isinstance(d, Dog), isinstance(Dog, type))
m = d.bark
print(m(2), type(m).__name__)
print(Dog.bark(e, 2))
print(hasattr(d, "name"), hasattr(d, "tail"))
try:
    d.tail
except AttributeError as ex:
    print(type(ex).__name__, ex)
try:
    Dog()
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    d.bark(1, 2)
except TypeError as ex:
    print(type(ex).__name__, ex)
class Empty:
    pass
x = Empty()
x.a = 1
x.b = [1, 2]
print(x.__dict__, len(vars(x)))
del x.a
print(x.__dict__)
print(Dog.__dict__["species"], "bark" in Dog.__dict__, "__init__" in Dog.__dict__)
print(Dog.__doc__, Empty.__module__)
