class Meta(type):
    def __getattribute__(cls, name):
        return type.__getattribute__(cls, name)
class G:
    def __getattribute__(self, name):
        print("ga", name)
        return object.__getattribute__(self, name)
    def __len__(self): return 3
    def __repr__(self): return "G()"
    def __eq__(self, o): return True
    __hash__ = object.__hash__
g = G()
print(len(g))
print(repr(g))
print(g == 1)
class Huge:
    def __len__(self): return 2 ** 70
try:
    len(Huge())
except OverflowError as e:
    print(e)
class NegIdx:
    def __index__(self): return "x"
try:
    [1][NegIdx()]
except TypeError as e:
    print(e)
class HashBig:
    def __hash__(self): return 2 ** 100
print(hash(HashBig()) == hash(2 ** 100))
class HashBad:
    def __hash__(self): return "no"
try:
    hash(HashBad())
except TypeError as e:
    print(e)
class EqWeird:
    def __eq__(self, o): return "truthy"
print(EqWeird() == 1, EqWeird() in [1], [EqWeird()] == [1])
class Inst:
    pass
i = Inst()
i.__len__ = lambda: 5
try:
    len(i)
except TypeError as e:
    print(e)
print(i.__len__())
class Cls:
    def __call__(self): return "instance call"
c = Cls()
c.__call__ = lambda: "attr call"
print(c(), c.__call__())
class Bool:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Bool()))
class LenOnly:
    def __len__(self): return 0
print("truthy" if LenOnly() else "falsy")
class Rev:
    def __len__(self): return 2
    def __getitem__(self, i):
        if i >= 2: raise IndexError
        return "xy"[i]
print(list(reversed(Rev())), "y" in Rev(), list(enumerate(Rev())))
class Contains:
    def __contains__(self, x): return x > 0
print(5 in Contains(), -1 in Contains(), -1 not in Contains())
class MissingIter:
    __iter__ = None
try:
    iter(MissingIter())
except TypeError as e:
    print(e)
class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
print(isinstance(NoHash(), object))
class GetItemSlice:
    def __getitem__(self, k): return k
gs = GetItemSlice()
print(gs[1:2], gs[1:2:3], gs[::], gs[1, 2], gs[..., 1], gs[:, None])
class SetItemLog:
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
s = SetItemLog()
s[1:3] = "ab"
s[::2] = []
del s[:]
class Num:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return Num(self.v + o)
    def __repr__(self): return f"Num({self.v})"
n = Num(1); n += 5; print(n)
class RAdd:
    def __radd__(self, o): return f"radd({o})"
print(sum([RAdd()], 1) if False else [1] + [] , 3 + RAdd(), "s" + RAdd(), [1] + RAdd())
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
print(-Neg(), +Neg(), ~Neg(), abs(Neg()))
class Cmp:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __hash__(self): return hash(self.v)
print(Cmp(1) in {Cmp(1)}, {Cmp(1): "a"}[Cmp(1)], sorted([Cmp(2), Cmp(1)])[0].v, max(Cmp(1), Cmp(5)).v)
print([Cmp(1), Cmp(2)].index(Cmp(2)), (Cmp(1),) == (Cmp(1),), [Cmp(1)] < [Cmp(2)])
