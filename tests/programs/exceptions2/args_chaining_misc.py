for args in [(), ("a",), ("a", 2), (1, 2, 3)]:
    e = ValueError(*args)
    print(repr(e), str(e), e.args)
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError("a", "b")))
print(str(KeyError(1)), str(IndexError("i")))
try:
    {}["missing"]
except KeyError as e:
    print(e, repr(e), e.args)
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f"[{self.code}] {self.msg}"
class NotFound(AppError): pass
try:
    raise NotFound(404, "nope")
except AppError as e:
    print(type(e).__name__, e, repr(e), e.args, isinstance(e, Exception))
def f():
    try:
        return "try"
    finally:
        return "finally"
print(f())
def g():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("fin", i)
    return i
print(g())
def h():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
try:
    h()
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise KeyError("k") from None
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    try:
        raise TypeError("t")
    except TypeError:
        raise KeyError("k")
except KeyError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
e = Exception("x")
print(e.__traceback__, e.__cause__, e.__context__)
try:
    raise e
except Exception as ee:
    print(ee.__traceback__ is not None, type(ee.__traceback__).__name__)
print(e.with_traceback(None) is e)
class E2(Exception):
    pass
x = E2()
x.extra = 5
print(x.extra, repr(x), str(x) == "")
print(BaseException.__subclasses__ is not None)
print(issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(OSError.__mro__)
print(ZeroDivisionError.__mro__)
try:
    raise StopIteration(5)
except StopIteration as s:
    print(s.value)
print(UnicodeDecodeError.__mro__)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as u:
    print(u)
try:
    int("abc")
except ValueError as v:
    print(v)
try:
    raise SystemExit(3)
except SystemExit as se:
    print(se.code, se.args)
print(repr(SystemExit()), SystemExit().code)
try:
    assert 1 == 2, "msg here"
except AssertionError as a:
    print(repr(a))
try:
    assert False
except AssertionError as a:
    print(repr(a), a.args)
try:
    raise
except RuntimeError as r:
    print(r)
try:
    raise 5
except TypeError as t:
    print(t)
try:
    raise ValueError
except ValueError as v:
    print(repr(v))
class NoInit(Exception):
    def __init__(self):
        pass
print(repr(NoInit()), NoInit().args)
try:
    x = undefined_name
except NameError as n:
    print(n, n.name)
try:
    None.foo
except AttributeError as a:
    print(a)
