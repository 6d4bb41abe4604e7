# abc: abstract methods block instantiation until overridden
from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        ...
    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"
class Half(Shape):
    def area(self):
        return 1
class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
sq = Square(3)
print(sq.describe(), sq.perimeter(), isinstance(sq, Shape), isinstance(sq, ABC))
class Named(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
class Dog(Named):
    @property
    def name(self):
        return "dog"
try:
    Named()
except TypeError as e:
    print(e)
print(Dog().name)
