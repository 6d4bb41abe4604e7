# Subclasses of int and float: arithmetic gives plain numbers, overrides win.
import copy
import json


class I(int):
    pass


i = I(5)
print(type(i), i, repr(i), isinstance(i, int), type(i) is int, i.bit_length())
i.unit = "m"
print(i.unit, i.__dict__, i + 1, type(i + 1), type(-i), i * I(2), type(i * I(2)))
print(i == 5, i < 6, 5 == i, hash(i) == hash(5), {i: "x"}[5], {5: "y"}[i], [0, 1, 2, 3, 4, 5][i])
print(str(i), f"{i:03d}", "%d" % i, format(i, "x"), json.dumps(i), int(i), type(int(i)))
print(sorted([I(3), 1, I(2)]), sum([I(1), I(2)]), range(i), divmod(i, 2), i ** 2, i // 2, i / 2)
print(I("12"), I("ff", 16), I(3.9), I(), bool(I(0)), bool(i), abs(I(-3)), type(abs(I(-3))))
print(I(2 ** 70), type(I(2 ** 70)), I(2 ** 70) + 1, int.__new__(I, 7), type(int.__new__(I, 7)))


class Money(int):
    def __new__(cls, cents, currency="EUR"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)

    __radd__ = __add__

    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"

    def __str__(self):
        return f"{int(self) / 100:.2f} {self.currency}"


m = Money(150)
print(m, repr(m), m + 50, 50 + m, type(m + m), sum([m, m], Money(0)), m * 2, type(m * 2))
print(f"{m}", "%s" % m, [m], m.currency, int(m), m == 150, copy.copy(m), copy.copy(m).currency)


class Even(int):
    def __eq__(self, other):
        return int(self) % 2 == int(other) % 2

    def __hash__(self):
        return int(self) % 2

    def __lt__(self, other):
        return False

    def __bool__(self):
        return True


e = Even(0)
print(e == 2, e == 3, e != 3, e < 100, bool(e), {e: 1}.get(Even(4)), 4 in {e})


class F(float):
    pass


f = F(2.5)
print(type(f), f, repr(f), f + 1, type(f + 1), f * 2, f.is_integer(), F("1e3"), F(), int(f))
print(f == 2.5, hash(f) == hash(2.5), round(f), f"{f:.3f}", f.hex(), float(f), type(float(f)))
f.x = 1
print(f.x, copy.deepcopy(f), type(copy.deepcopy(f)))


class Celsius(float):
    def __new__(cls, degrees):
        return super().__new__(cls, round(degrees, 1))

    def __repr__(self):
        return f"{float(self)}°C"

    def __sub__(self, other):
        return "sub"


c = Celsius(21.456)
print(c, repr(c), c - 1, c + 1, [c], str(c), float.__repr__(c), float.__sub__(c, 1))


class B(int):
    pass


print(isinstance(True, I), issubclass(I, int), I.__mro__, I(True), type(I(True)))
print(int.__add__(I(2), 3), int.__eq__(I(2), 2), int.__hash__(I(2)), int.__repr__(I(2)))
try:
    class Bad(bool):
        pass
except TypeError as err:
    print("TypeError:", err)
try:
    I("zz")
except ValueError as err:
    print("ValueError:", err)
print(i.real, type(i.real), i.imag, i.numerator, i.denominator, F(2.5).real, F(2.5).imag)
try:
    i.nope
except AttributeError as err:
    print("AttributeError:", err)
