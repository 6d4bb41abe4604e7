def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, "|", e, "|", repr(e))
def r(x):
    raise x
t(lambda: r(5))
t(lambda: r(int))
t(lambda: r(ValueError))
t(lambda: r(KeyError(1, 2)))
t(lambda: r(KeyError("a")))
t(lambda: r(KeyError()))
t(lambda: r(SystemExit(3)))
t(lambda: r(StopIteration(1)))
def rf():
    raise ValueError("x") from 1
t(rf)
def rf2():
    raise ValueError("x") from KeyError
try:
    rf2()
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
def ex():
    try:
        1/0
    except 5:
        pass
t(ex)
def ex2():
    try:
        1/0
    except (ZeroDivisionError, 5):
        return "caught"
t(ex2)
def w():
    with 5:
        pass
t(w)
class OnlyEnter:
    def __enter__(self): return self
def w2():
    with OnlyEnter():
        pass
t(w2)
def dl():
    del undefined_zz
t(dl)
def dl2():
    x = 1
    del x
    del x
t(dl2)
def g():
    yield me.send(None)
me = g()
t(lambda: next(me))
t(lambda: next(me))
e = ValueError("a", "b")
print(str(e), repr(e), e.args)
e = ValueError()
print(repr(str(e)), repr(e))
class MyE(Exception):
    def __str__(self): return "custom"
t(lambda: r(MyE("x")))
class MyE2(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
t(lambda: r(MyE2(1, 2)))
try:
    raise MyE2(1, 2)
except MyE2 as e:
    print(e.args, e.b)
e = Exception("x")
e.add_note("note 1")
e.add_note("note 2")
print(e.__notes__)
t(lambda: e.add_note(5))
t(lambda: BaseException.with_traceback(e, 5))
t(lambda: assert_(False))
def assert_(v):
    assert v, "msg here"
    assert v
t(lambda: assert_(0))
def assert2(v):
    assert v
t(lambda: assert2([]))
t(lambda: int("12a"))
t(lambda: int("", 16))
t(lambda: int("0x1g", 16))
t(lambda: float("1.2.3"))
t(lambda: float(""))
t(lambda: int(" "))
t(lambda: int(float("inf")))
t(lambda: int(float("nan")))
t(lambda: 10 ** -1 % 0)
t(lambda: 1 % 0)
t(lambda: 1.0 // 0)
t(lambda: divmod(1.0, 0))
t(lambda: 0 ** -1)
t(lambda: 0.0 ** -1)
t(lambda: 2.0 ** 10000)
t(lambda: 1 << -1)
t(lambda: 1 >> -1)
t(lambda: [].pop())
t(lambda: {}.popitem())
t(lambda: set().pop())
t(lambda: [1].index(2))
t(lambda: "abc".index("z"))
t(lambda: (1,).index(5))
t(lambda: [1].remove(5))
t(lambda: set().remove(5))
t(lambda: "a".encode("nope"))
t(lambda: b"a".decode("nope"))
t(lambda: "{}".format())
t(lambda: "{0} {2}".format(1, 2))
t(lambda: "{a}".format(b=1))
t(lambda: "%d" % "a")
t(lambda: "%s %s" % (1,))
t(lambda: "%s" % (1, 2))
t(lambda: f"{1:d}"[0] + f"{'a':d}")
t(lambda: chr(0x110000))
t(lambda: range(10)[20])
t(lambda: "abc".split(""))
t(lambda: [1, 2, 3][::0])
t(lambda: bytes([256]))
t(lambda: bytes("abc"))
t(lambda: bytearray([1]).pop(5))
t(lambda: memoryview(b"ab")[5])
t(lambda: getattr(1, "x"))
t(lambda: setattr(1, "x", 2))
t(lambda: delattr(1, "x"))
t(lambda: setattr(object(), "x", 2))
t(lambda: object().__dict__)
class Sl:
    __slots__ = ("a",)
t(lambda: setattr(Sl(), "b", 1))
t(lambda: Sl().a)
t(lambda: delattr(Sl(), "a"))
class RO:
    @property
    def p(self): return 1
t(lambda: setattr(RO(), "p", 2))
t(lambda: delattr(RO(), "p"))
t(lambda: setattr(int, "x", 1))
t(lambda: setattr(RO, "__name__", 5))
import sys
t(lambda: sys.exit("bye"))
t(lambda: sys.exit(2))
t(lambda: exit(3))
t(lambda: sys.getrecursionlimit() and sys.setrecursionlimit(-1))
t(lambda: sys.nonexistent)
