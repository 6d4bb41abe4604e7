# `raise exc` inside a handler sets exc.__context__ to the handled exception
# (replacing an earlier one) and breaks cycles in the chain.
try:
    try:
        xyzzy
    except NameError as a:
        try:
            1 / 0
        except ZeroDivisionError:
            raise a
except NameError as e:
    print(type(e.__context__).__name__, e.__context__.__context__)

first = ValueError("first")
try:
    raise first
except ValueError:
    pass
try:
    try:
        raise KeyError("handled")
    except KeyError:
        raise first
except ValueError as e:
    print(repr(e.__context__))
try:
    try:
        raise TypeError("other")
    except TypeError:
        raise first
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))

# Re-raising the handled exception itself gives it no self-context.
try:
    try:
        raise OSError("same")
    except OSError as e:
        raise e
except OSError as e:
    print(e.__context__)


# __new__ returning something that is not an exception.
class MyException(Exception):
    def __new__(cls, *args):
        return object()


try:
    raise MyException
except TypeError as e:
    print("TypeError:", str(e).replace(__name__, "M"))
