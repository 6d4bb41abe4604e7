# abc.ABCMeta: abstract methods, register, __instancecheck__/__subclasscheck__.
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods
import abc


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__}: {self.area()}"


print(type(Shape) is ABCMeta, type(ABC) is ABCMeta, sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Half(Shape):
    def area(self):
        return 1


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Square(Half):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


sq = Square(3)
print(sq.describe(), sq.perimeter(), Square.__abstractmethods__)
print(isinstance(sq, Shape), isinstance(sq, ABC), issubclass(Square, Shape), issubclass(int, Shape))


# Abstract properties, class methods and static methods.
class Named(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Named.__abstractmethods__))
try:
    Named()
except TypeError as e:
    print("TypeError:", e)


class Dog(Named):
    name = property(lambda self: "dog")

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


print(Dog.make().name, Dog.helper())


# register() makes virtual subclasses.
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "o"


print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable.register(Circle) is Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), Drawable in Circle.__mro__)


@Drawable.register
class Line:
    pass


print(issubclass(Line, Drawable), isinstance(Line(), Drawable))
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)


class SubDrawable(Drawable):
    pass


SubDrawable.register(tuple)
print(issubclass(tuple, Drawable), issubclass(tuple, SubDrawable), isinstance((), Drawable))
print(issubclass(list, Drawable))
try:
    Drawable.register(object)
    Drawable.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)


# __subclasshook__.
class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Box:
    def __len__(self):
        return 0


class BigBox(Box):
    pass


print(issubclass(Box, Sized), issubclass(int, Sized), isinstance(BigBox(), Sized), isinstance(3, Sized))
try:
    issubclass(3, Sized)
except TypeError as e:
    print("TypeError:", e)


# Metaclass __instancecheck__ and __subclasscheck__ of one's own.
class Anything(type):
    def __instancecheck__(cls, obj):
        return obj != 0

    def __subclasscheck__(cls, sub):
        return sub.__name__.startswith("S")


class Any(metaclass=Anything):
    pass


print(isinstance(5, Any), isinstance(0, Any), isinstance(Any(), Any), isinstance(0, (int, Any)))
print(issubclass(str, Any), issubclass(int, Any), issubclass(Square, (int, Any)))

# update_abstractmethods.
class Later(ABC):
    @abstractmethod
    def f(self):
        ...


class Impl(Later):
    pass


Impl.f = lambda self: 1
print(sorted(Impl.__abstractmethods__))
update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__), Impl().f())
print(abc.abstractproperty.__isabstractmethod__, hasattr(object, "__subclasshook__"))


# Keyword arguments go to __init_subclass__ through ABCMeta.
class Plugin(ABC):
    kinds = []

    def __init_subclass__(cls, kind=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.kinds.append(kind)


class P1(Plugin, kind="a"):
    pass


print(Plugin.kinds)
