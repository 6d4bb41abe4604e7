import sys
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except BaseException as e:
        print(type(e).__name__, e)
def reraise():
    raise
t(reraise)
print(sys.exc_info())
try:
    1/0
except ZeroDivisionError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, type(tb).__name__)
    print(type(sys.exception()).__name__ if hasattr(sys, "exception") else "no sys.exception")
class BadStr(Exception):
    def __str__(self):
        raise ValueError("no str")
t(lambda: str(BadStr()))
class Suppress:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit got", a[0].__name__ if a[0] else None)
        return True
def sup():
    with Suppress():
        raise KeyError("k")
    return "after"
t(sup)
class BadInit:
    def __init__(self):
        raise TypeError("init failed")
t(BadInit)
def nested():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        raise TypeError("outer") from e
t(nested)
try:
    nested()
except TypeError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__cause__ is e.__context__)
e = ValueError("x")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.__cause__ = KeyError("c")
print(repr(e.__cause__), e.__suppress_context__)
t(lambda: setattr(e, "__cause__", 5))
t(lambda: setattr(e, "__context__", 5))
t(lambda: setattr(e, "args", 5))
e.args = [1, 2]
print(e.args, e)
class WithSlots(Exception):
    __slots__ = ("a",)
print(WithSlots(1).args)
print(BaseException.__new__(ValueError).args)
print(ValueError.__name__, ValueError.__qualname__, ValueError.__module__)
print(issubclass(ValueError, Exception), ValueError.__bases__, UnicodeDecodeError.__mro__)
print(repr(SystemExit()), SystemExit().code, SystemExit(1, 2).code)
print(KeyError(1).args, str(KeyError(1)), str(KeyError("a b")), str(KeyError()), str(KeyError(1, 2)))
print(StopIteration().value, StopIteration(1, 2).value)
print(repr(OSError(1)), str(OSError(1, 2, 3, 4, 5, 6)))
