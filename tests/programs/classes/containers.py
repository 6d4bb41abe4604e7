# Pins container protocol dunders: __len__/__getitem__/__setitem__/__delitem__/__contains__/__iter__/__next__/__call__/__bool__.
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __contains__(self, v):
        print("contains?", v)
        return v in self.items
    def __iter__(self):
        return iter(self.items)

b = Bag(1, 2, 3, 4)
print(len(b), b[0], b[-1], b[1:3])
b[0] = 10
del b[1]
print(b.items, 3 in b, 99 not in b, list(b), bool(b), bool(Bag()))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), [x for x in Seq()])
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c), next(Countdown(5)), iter(c) is c)
print(sum(Countdown(4)), max(Countdown(4)), sorted(Countdown(3)))
class Adder:
    def __init__(self, base): self.base = base
    def __call__(self, x, *rest, scale=1):
        return (self.base + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(b))
class Flag:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class Sized:
    def __len__(self): return 0
print(bool(Flag(True)), bool(Flag(False)), not Flag(False), bool(Sized()), "yes" if Sized() else "no")
try:
    bool(Flag(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(Flag(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    Flag(1)[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(Flag(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    Flag(1)()
except TypeError as e:
    print(type(e).__name__, e)
class Neg:
    def __len__(self): return -1
try:
    len(Neg())
except ValueError as e:
    print(type(e).__name__, e)
