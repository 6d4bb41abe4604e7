# Built-in dunders reachable from Python code, and exception subclasses.
class E(Exception):
    def __str__(self):
        return "E:" + super().__str__()

    def __repr__(self):
        return "R" + super().__repr__()


print(str(E("x")), repr(E("x")), E("x"), [E(1, 2)])


class K(KeyError):
    pass


print(str(K("k")), repr(K("k")), str(KeyError("q")), K.__mro__[1:3])


class Err(ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise Err(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Exception))


class A:
    def __str__(self):
        return "A!" + super().__str__()[:3]


class B:
    def __eq__(self, other):
        return True


print(A(), object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(A(), 1), B() != 1, B() == 2)
print(list.__hash__, dict.__hash__, set.__hash__, hash(object.__hash__) == hash(object.__hash__))
print(hasattr(object, "__eq__"), hasattr(object, "__repr__"), hasattr(object, "__hash__"))
print(int.__add__(2, 3), int.__add__(2, "x"), float.__mul__(1.5, 2), str.__len__("abc"))
print(list.__getitem__([5, 6], 1), dict.__getitem__({"k": 1}, "k"), tuple.__len__((1,)))
print(str.__contains__("abc", "b"), list.__contains__([1], 2), set.__len__({1, 2}))
print(int.__eq__(1, 1.0), int.__lt__(1, 2), str.__lt__("a", "b"), str.__eq__("a", 1))
print(list.__repr__([1]), dict.__repr__({}), int.__repr__(5), str.__repr__("q"), str.__str__("s"))
print(int.__hash__(7), str.__hash__("a") == hash("a"), frozenset.__hash__(frozenset()) == hash(frozenset()))
d = {}
dict.__setitem__(d, "a", 1)
dict.__delitem__(d, "a")
lst = [1, 2]
list.__setitem__(lst, 0, 9)
list.__delitem__(lst, 1)
print(d, lst, list(list.__iter__([7, 8])), int.__radd__(1, 2), int.__sub__(5, 1), int.__rsub__(5, 1))
print(isinstance(list.__dict__["__getitem__"], type(list.append)), "__init__" in dict.__dict__)
try:
    class Bad(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(range):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    list.__new__(int)
except TypeError as e:
    print("TypeError:", e)


class LL(list):
    pass


try:
    object.__new__(LL)
except TypeError as e:
    print("TypeError:", e)
