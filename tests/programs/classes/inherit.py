# Pins inheritance, super() in __init__ and methods, overriding, multiple inheritance and C3 MRO.
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name} says {self.speak()}"

class Cat(Animal):
    def __init__(self, name, lives=9):
        super().__init__(name)
        self.lives = lives
    def speak(self):
        return "meow"

class Lion(Cat):
    def speak(self):
        return super().speak().upper() + "!"

for a in (Animal("generic"), Cat("tom"), Lion("leo")):
    print(a.describe(), getattr(a, "lives", None))
print([c.__name__ for c in Lion.__mro__])
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Lion, (int, Cat)))
print(isinstance(Lion("x"), (str, Animal)), isinstance(3, (str, float)))
print(Lion.__bases__[0].__name__, Animal.__bases__[0].__name__)

class A:
    def who(self): return ["A"]
class B(A):
    def who(self): return ["B"] + super().who()
class C(A):
    def who(self): return ["C"] + super().who()
class D(B, C):
    def who(self): return ["D"] + super().who()
print(D().who())
print([c.__name__ for c in D.__mro__])
print([k.__name__ for k in D.__bases__])

class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([c.__name__ for c in M.__mro__])
print([c.__name__ for c in M.mro()])
try:
    class Bad(X, K1): pass
except TypeError as ex:
    print(type(ex).__name__, ex)
class Base:
    def __init__(self):
        self.log = ["Base"]
class Left(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Left")
class Right(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Right")
class Both(Left, Right):
    def __init__(self):
        super().__init__()
        self.log.append("Both")
print(Both().log)
print(super(Left, Both()).__init__ is not None)
