# A generator without an exception of its own sees its caller's in
# sys.exc_info(); its own handled exception is kept across yields.
import sys


def name_of_current():
    t = sys.exc_info()[0]
    return t.__name__ if t else None


def sees_caller():
    print("in gen:", name_of_current(), sys.exception().__class__.__name__)
    yield "done"


g = sees_caller()
try:
    raise ValueError
except Exception:
    print(next(g))
print("after:", sys.exc_info())


def own_handler():
    try:
        print("start:", name_of_current())
        yield
        raise TypeError()
    except TypeError as exc:
        print("handler:", name_of_current(), type(exc.__context__).__name__)
    print("after handler:", name_of_current())
    yield
    print("outside:", name_of_current())
    yield "done"


g = own_handler()
next(g)
try:
    raise ValueError
except Exception:
    next(g)
print(next(g))
print(sys.exc_info())


def suspended_in_handler():
    try:
        raise KeyError("inner")
    except KeyError:
        yield name_of_current()
        yield name_of_current()


g = suspended_in_handler()
print(next(g))
try:
    raise IndexError
except IndexError:
    print(next(g), name_of_current())


def reraiser():
    try:
        yield
    except ValueError:
        raise


g = reraiser()
next(g)
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("reraised", e)


# A bare raise in a generator re-raises its caller's exception.
def bare():
    raise
    yield


try:
    try:
        raise LookupError("outer")
    except LookupError:
        next(bare())
except LookupError as e:
    print("bare raise:", e)


# throw() instantiates the class inside the generator; a __new__ that
# returns a non-exception is a TypeError the generator sees.
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def catcher():
    try:
        yield
    except TypeError as e:
        print("generator got TypeError:", str(e).replace(__name__, "M"))
        yield "recovered"


g = catcher()
next(g)
print(g.throw(E))


def boring():
    yield


b = boring()
try:
    b.throw(E)
except TypeError as e:
    print("TypeError:", str(e).replace(__name__, "M"))
try:
    next(b)
except StopIteration:
    print("finished")
try:
    boring().throw("no")
except TypeError as e:
    print("TypeError:", e)
try:
    boring().throw(int)
except TypeError as e:
    print("TypeError:", e)


# An exception thrown into a generator is not chained to the caller's.
def plain():
    yield


x = plain()
next(x)
try:
    raise TypeError("handled")
except TypeError:
    try:
        x.throw(ValueError("thrown"))
    except ValueError as e:
        print("thrown context:", repr(e.__context__))


def in_handler():
    try:
        raise KeyError("a")
    except Exception:
        yield


x = in_handler()
next(x)
try:
    x.throw(ValueError)
except ValueError as e:
    print("own handler context:", repr(e.__context__))
