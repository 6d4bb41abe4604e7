class Seq:
    def __init__(self, data): self.data = list(data)
    def __len__(self): return len(self.data)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(self.data[i])
        return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __contains__(self, x):
        print("contains", x); return x in self.data
    def __repr__(self): return f"Seq({self.data})"
    def __reversed__(self): return iter(self.data[::-1])
s = Seq([1, 2, 3, 4])
print(len(s), s[0], s[-1], s[1:3], s[::2])
s[0] = 10; del s[1]; print(s)
print(3 in s, 99 not in s)
print(list(reversed(s)), list(s), sorted(s))
s[1:2] = [7, 8]
print(s)
class GI:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * i
print(list(GI()), 4 in GI(), 5 in GI())
for v in GI():
    print("gi", v)
class Callable:
    def __call__(self, *a, **k): return ("called", a, k)
print(Callable()(1, x=2), callable(Callable()), callable(Callable))
class H:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, H) and o.v == self.v
print(H.__hash__)
try:
    hash(H(1))
except TypeError as e:
    print(e)
try:
    {H(1)}
except TypeError as e:
    print(e)
class H2(H):
    __hash__ = object.__hash__
print(len({H2(1), H2(1)}))
class NB:
    def __len__(self): return 0
print(bool(NB()), not NB())
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class StrLen:
    def __len__(self): return "x"
try:
    len(StrLen())
except TypeError as e:
    print(e)
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class OnlyRepr:
    def __repr__(self): return "<OnlyRepr>"
print(str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()])
class Fmt:
    def __format__(self, spec): return "fmt[" + spec + "]"
print(f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()))
try:
    format(object(), "d")
except TypeError as e:
    print(e)
class It:
    def __iter__(self): return 5
try:
    iter(It())
except TypeError as e:
    print(e)
class NoNext:
    def __iter__(self): return self
try:
    for _ in NoNext(): pass
except TypeError as e:
    print(e)
class Idx:
    def __index__(self): return 2
print([0, 1, 2, 3][Idx()], "abcd"[Idx():], range(10)[Idx()])
class NewOnly:
    def __new__(cls, v):
        obj = super().__new__(cls)
        obj.v = v * 2
        return obj
print(NewOnly(3).v)
class NewOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(NewOther())
try:
    object.__new__(int)
except TypeError as e:
    print(e)
class InitRet:
    def __init__(self): return 1
try:
    InitRet()
except TypeError as e:
    print(e)
class ArgsNoInit: pass
try:
    ArgsNoInit(1)
except TypeError as e:
    print(e)
class Del:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
d = Del(1)
d = Del(2)
del d
lst = [Del(3)]
lst.clear()
print("end of dels")
class ClassAttrs:
    "docstring"
    x = 1
print(ClassAttrs.__doc__, ClassAttrs.__name__, "x" in ClassAttrs.__dict__, type(ClassAttrs.__dict__).__name__)
print(sorted(k for k in vars(ClassAttrs) if not k.startswith("__")))
o = ClassAttrs()
o.y = 2
print(vars(o), o.__dict__ is vars(o))
print(dir(o)[-2:])
print(isinstance(o, object), issubclass(ClassAttrs, object), type(o) is ClassAttrs)
class Inst:
    def __instancecheck__(self, x): return True
class Meta(type):
    def __instancecheck__(cls, x): return x == 1
    def __subclasscheck__(cls, c): return c is int
class Checker(metaclass=Meta): pass
print(isinstance(1, Checker), isinstance(2, Checker), issubclass(int, Checker), issubclass(str, Checker))
class ReprCls(type):
    def __repr__(cls): return f"<class {cls.__name__} custom>"
class RC(metaclass=ReprCls): pass
print(RC, repr(RC))
class Cls2:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item}]"
print(Cls2[int])
class Order:
    def __init__(self): self.log = []
    def __getitem__(self, k): self.log.append(("get", k)); return 0
    def __setitem__(self, k, v): self.log.append(("set", k, v))
o = Order()
o["a"] += 5
print(o.log)
class AttrAug:
    def __init__(self): self.v = 1
a = AttrAug()
a.v += 10; a.v *= 2
print(a.v)
