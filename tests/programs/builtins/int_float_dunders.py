import operator
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __int__(self): return 5
class Ix:
    def __index__(self): return 7
class Tr:
    def __trunc__(self): return 9
class Bad:
    def __int__(self): return "s"
class BadIx:
    def __index__(self): return 1.5
class BadTr:
    def __trunc__(self): return "x"
class F:
    def __float__(self): return 2.5
class BadF:
    def __float__(self): return 1
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
class IntSub(int): pass
class RetSub:
    def __int__(self): return IntSub(3)
for c in [I, Ix, Tr, Bad, BadIx, BadTr, F, BadF, Both, RetSub]:
    print(c.__name__)
    t(lambda: int(c()))
    t(lambda: float(c()))
    t(lambda: operator.index(c()))
    t(lambda: range(c()))
    t(lambda: [1,2,3,4,5,6,7,8,9,10][c()])
    t(lambda: "abcdefghij"[c()])
    t(lambda: (1,2,3,4,5,6,7,8,9,10)[c()])
    t(lambda: [1,2,3][c():])
    t(lambda: bin(c()))
    t(lambda: hex(c()))
    t(lambda: [0]*c())
t(lambda: int(object()))
t(lambda: float(object()))
t(lambda: operator.index(1.5))
t(lambda: range(1.5))
idx = 1.5
t(lambda: [1][idx])
t(lambda: int("x", Ix()))
t(lambda: type(int(RetSub())))
