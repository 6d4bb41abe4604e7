class V:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"V({self.x!r})"
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", o); return V(o + self.x)
    def __iadd__(self, o):
        print("iadd"); self.x += o.x if isinstance(o, V) else o; return self
    def __sub__(self, o): return V(self.x - o.x)
    def __rsub__(self, o): return V(o - self.x)
    def __mul__(self, o): return V(self.x * o)
    def __rmul__(self, o): return V(self.x * o * 10)
    def __matmul__(self, o): return self.x * o.x
    def __truediv__(self, o): return V(self.x / o)
    def __rtruediv__(self, o): return V(o / self.x)
    def __floordiv__(self, o): return V(self.x // o)
    def __mod__(self, o): return V(self.x % o)
    def __rmod__(self, o): return ("rmod", o)
    def __divmod__(self, o): return ("dm", self.x, o)
    def __rdivmod__(self, o): return ("rdm", o, self.x)
    def __pow__(self, o, mod=None): return ("pow", self.x, o, mod)
    def __rpow__(self, o): return ("rpow", o)
    def __lshift__(self, o): return ("lsh", o)
    def __rlshift__(self, o): return ("rlsh", o)
    def __rshift__(self, o): return ("rsh", o)
    def __and__(self, o): return ("and", o)
    def __rand__(self, o): return ("rand", o)
    def __or__(self, o): return ("or", o)
    def __ror__(self, o): return ("ror", o)
    def __xor__(self, o): return ("xor", o)
    def __rxor__(self, o): return ("rxor", o)
    def __neg__(self): return V(-self.x)
    def __pos__(self): return ("pos",)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return ("inv",)
    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
    def __hash__(self): return hash(self.x)
    def __lt__(self, o): return self.x < o.x
    def __le__(self, o): return self.x <= o.x
    def __bool__(self): return self.x != 0
    def __int__(self): return int(self.x)
    def __float__(self): return float(self.x)
    def __index__(self): return int(self.x)
    def __round__(self, n=None): return ("round", n)

a, b = V(3), V(4)
print(a + b, a + 1, 1 + a)
print(a - b, 10 - a, a * 2, 2 * a, a @ b)
print(a / 2, 6 / a, a // 2, a % 2, 5 % a)
print(divmod(a, 2), divmod(7, a))
print(a ** 2, pow(a, 2, 5), 2 ** a)
print(a << 1, 1 << a, a >> 1, a & 1, 1 & a, a | 1, 1 | a, a ^ 1, 1 ^ a)
print(-a, +a, abs(V(-5)), ~a)
print(a == V(3), a != V(3), a < b, a > b, a <= b, a >= b)
print(bool(V(0)), bool(a), round(a), round(a, 2))
print([10, 20, 30, 40, 50][a], hex(a), bin(a), oct(a))
print(sorted([V(3), V(1), V(2)]))
c = a
c += 5
print(c, a, c is a)
c += b
print(c)
lst = [1, 2]
l2 = lst
l2 += [3]
print(lst)
t = (1,)
t2 = t
t2 += (2,)
print(t, t2)

class NoAdd: pass
try:
    NoAdd() + 1
except TypeError as e:
    print(e)
try:
    1 - NoAdd()
except TypeError as e:
    print(e)
try:
    NoAdd() < NoAdd()
except TypeError as e:
    print(e)
try:
    -NoAdd()
except TypeError as e:
    print(e)
x = NoAdd()
try:
    x += 1
except TypeError as e:
    print(e)
try:
    x **= 2
except TypeError as e:
    print(e)
try:
    x @= 2
except TypeError as e:
    print(e)

class Sub(V):
    def __radd__(self, o):
        return "Sub.radd"
print(V(1) + Sub(2))

class R:
    def __eq__(self, o):
        print("R.eq"); return NotImplemented
print(R() == R())
r = R()
print(r == r)
print(R() != 3)

class Cmp:
    def __init__(self, v): self.v = v
    def __gt__(self, o): print("gt"); return self.v > o
print(3 < Cmp(5))
print(Cmp(5) > 3)
class P3:
    def __pow__(self, o, m=None): return ("p3", o, m)
print(pow(P3(), 2, 3))
try:
    pow(NoAdd(), 2, 3)
except TypeError as e:
    print(e)
try:
    pow(2, NoAdd(), 3)
except TypeError as e:
    print(e)
try:
    divmod(NoAdd(), 1)
except TypeError as e:
    print(e)
