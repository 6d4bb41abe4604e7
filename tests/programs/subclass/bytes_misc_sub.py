# bytes subclasses; str()/repr()/format of subclasses with overrides; how
# set() and dict() read subclass instances that override __iter__.
class B(bytes):
    pass
b = B(b"abc")
print(type(b), b, repr(b), len(b), b[0], b[1:], type(b[1:]), b + b"d", type(b + b"d"), b == b"abc")
print(hash(b) == hash(b"abc"), {b: 1}[b"abc"], b.upper(), type(b.upper()), list(b), bytes(b), type(bytes(b)))
b.x = 1
print(b.x, B(3), B([65, 66]), b.decode(), isinstance(b, bytes), b"-".join([b, B(b"q")]))
class Hex(bytes):
    def __new__(cls, s):
        return super().__new__(cls, bytes.fromhex(s))
    def __repr__(self):
        return f"Hex({self.hex()!r})"
h = Hex("ff00")
print(h, repr(h), len(h), h[0], str(h))
import sys
class L(list): pass
print(sys.getsizeof(L()) >= sys.getsizeof([]))
class S(str):
    def __len__(self): return 7
s = S("abc")
print(len(s), s.center(5), s.upper(), "%5s|" % s, f"{s:>5}|", s.ljust(4), s * 2)
class I(int):
    def __repr__(self): return "I!"
print(I(3), repr(I(3)), str(I(3)), f"{I(3)}", "%d %s %r" % (I(3), I(3), I(3)), [I(3)], I(3) + 1)
class F(float):
    def __str__(self): return "F!"
print(F(1.5), repr(F(1.5)), f"{F(1.5)}", f"{F(1.5):.2f}", "%s" % F(1.5), round(F(1.25), 1))
class T(tuple):
    def __repr__(self): return "T!"
print(str(T()), T(), [T()], "%s" % (T(),))
class D(dict):
    def __repr__(self): return "D!"
print(str(D()), D(), f"{D()}", [D()], {1: D()})
class St(set):
    def __iter__(self): return iter([9])
print(sorted(St([1, 2])), list(St([1])), len(St([1, 2])), set(St([1])), frozenset(St([3])))
class Dk(dict):
    def __iter__(self): return iter(["z"])
    def keys(self): return ["k"]
    def __getitem__(self, k): return 1
print(list(Dk(a=1)), dict(Dk(a=1)), {**Dk(a=1)}, sorted(Dk(a=2)))
def f(**kw): return kw
print(f(**Dk(a=3)))
