# Pins bare raise re-raising, raise outside handler error, except (A, B) as e and name deletion after except, exception args.
def handler(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("tuple caught", type(e).__name__, e.args)
        return "handled"
    except ArithmeticError as e:
        print("arith", type(e).__name__)
        raise
for exc in (KeyError("k"), IndexError(1, 2), ZeroDivisionError("z")):
    try:
        print(handler(exc))
    except ZeroDivisionError as e:
        print("re-raised to caller", e, e is exc)
try:
    raise ValueError("v")
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
e = "kept?"
try:
    1 / 0
except ZeroDivisionError as e:
    pass
print("e" in dir())
try:
    raise
except RuntimeError as r:
    print(type(r).__name__, r)
def reraise_later():
    try:
        int("q")
    except ValueError:
        saved = "noted"
        try:
            raise
        except ValueError as inner:
            print("inner re-raise", inner, saved)
reraise_later()
try:
    try:
        raise KeyError("orig")
    except KeyError:
        try:
            raise TypeError("temp")
        except TypeError:
            pass
        raise
except KeyError as k:
    print("bare raise uses current (restored) exception:", k)
ex = Exception("a", 2, None)
print(ex.args, str(ex), repr(ex))
ex.args = ("changed",)
print(str(ex), repr(ex))
print(repr(Exception()), str(Exception()), repr(ValueError(["list"])), str(KeyError("")))
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)
print(BaseException("b").args, isinstance(KeyboardInterrupt(), Exception), issubclass(SystemExit, BaseException))
try:
    raise Exception
except:
    print("bare except caught")
