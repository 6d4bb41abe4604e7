class I(int): pass
class F(float): pass
class D(dict): pass
x = I.from_bytes(b"\x01\x00", "big"); print(type(x).__name__, x)
y = F.fromhex("0x1.8p0"); print(type(y).__name__, y)
print(type(bool.from_bytes(b"\x01", "big")).__name__, bool.from_bytes(b"\x00", "big"))
z = D.fromkeys([1]); print(type(z).__name__, z)
print(type(I(5) + 1).__name__, type(-I(5)).__name__, type(abs(I(-5))).__name__, type(I(5).real).__name__, type(I(5).numerator).__name__, type(round(I(5))).__name__, type(int(I(5))).__name__, type(I(5).__index__()).__name__)
print(type(F(1.5).real).__name__, type(round(F(1.5), 1)).__name__, type(float(F(1.5))).__name__, type(F(2.0).conjugate()).__name__, F(2.0).is_integer(), F(1.5).as_integer_ratio())
print(type(True.real).__name__, type(True.numerator).__name__, True.conjugate(), type(True.conjugate()).__name__, (True).bit_length(), type(True & True).__name__, type(True + True).__name__, type(~True).__name__, ~True, -True)
class S(str): pass
s = S("abc")
print(type(s.upper()).__name__, type(s[:]).__name__, type(s + "x").__name__, type(str(s)).__name__, type(s.strip()).__name__, type("".join([s])).__name__, type(s * 1).__name__, type(f"{s}").__name__, type("%s" % s).__name__)
class T(tuple): pass
t = T((1, 2))
print(type(t[:]).__name__, type(t + ()).__name__, type(t * 1).__name__, type(tuple(t)).__name__, t == (1, 2), hash(t) == hash((1, 2)))
class L(list): pass
l = L([1, 2])
print(type(l[:]).__name__, type(l + []).__name__, type(l * 1).__name__, type(l.copy()).__name__, type(list(l)).__name__)
class FS(frozenset): pass
fs = FS([1])
print(type(fs | {2}).__name__, type(fs.copy()).__name__, type(fs.union()).__name__, type({2} | fs).__name__, fs.copy() is fs)
class SS(set): pass
ss = SS([1])
print(type(ss | {2}).__name__, type(ss.copy()).__name__, type(ss.union()).__name__, type({2} | ss).__name__, type(ss - set()).__name__, type(ss & ss).__name__)
print(type(D(a=1) | {}).__name__, type(D(a=1).copy()).__name__, type({} | D()).__name__)
