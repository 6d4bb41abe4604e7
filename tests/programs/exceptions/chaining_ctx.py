try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("second") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("t")
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise TypeError("none") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
e = ValueError("x")
print(e.__suppress_context__)
e.__cause__ = KeyError()
print(e.__suppress_context__)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
try:
    raise 5
except TypeError as e:
    print(e)
class MyE(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
    def __str__(self): return f"MyE<{self.args[0]},{self.b}>"
try:
    raise MyE(1, 2)
except Exception as e:
    print(e, repr(e), e.args)
def f():
    try:
        return "try"
    finally:
        print("finally runs")
print(f())
def g():
    for i in range(3):
        try:
            if i == 1: continue
            if i == 2: break
        finally:
            print("fin", i)
g()
def h():
    try:
        raise ValueError
    except ValueError:
        return "handled"
    finally:
        print("h-finally")
print(h())
try:
    try:
        raise ValueError("a")
    finally:
        print("inner finally")
except ValueError as e:
    print("outer", e)
err = None
try:
    raise KeyError("z")
except KeyError as err:
    pass
try:
    err
except NameError as e:
    print(e)
def ctx():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise TypeError("second")
        except TypeError as t:
            return repr(t.__context__)
print(ctx())
try:
    raise
except RuntimeError as e:
    print(e)
class D:
    def __del__(self):
        raise ValueError("in del")
import sys
d = D()
del d
print("after del")
try:
    assert False, "msg"
except AssertionError as e:
    print(e, e.args)
try:
    assert 1 == 2
except AssertionError as e:
    print(repr(e))
print(issubclass(KeyError, LookupError), KeyError.__mro__)
try:
    raise Exception("a", "b")
except Exception as e:
    print(str(e), e.args)
print(str(KeyError("k")), str(KeyError()), repr(KeyError("a", "b")))
ex = ValueError("with tb")
print(ex.__traceback__)
try:
    raise ex
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
try:
    raise TypeError("bare")
except (ValueError, TypeError) as e:
    print("tuple catch", e)
def nested_finally():
    try:
        try:
            raise ValueError("inner")
        finally:
            raise KeyError("from finally")
    except KeyError as e:
        print(repr(e), repr(e.__context__))
nested_finally()
e1 = Exception()
e1.with_traceback(None)
print(BaseException.__subclasses__ is not None)
print(isinstance(StopIteration(), Exception), issubclass(GeneratorExit, Exception), issubclass(KeyboardInterrupt, BaseException))
print(StopIteration(3).value, SystemExit(4).code)
