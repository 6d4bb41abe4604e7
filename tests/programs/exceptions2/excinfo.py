# Pins sys.exc_info() inside/outside handlers, traceback presence, nested handler restoration, assert messages, UnboundLocalError.
import sys
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, type(v).__name__, v, tb is not None)
    try:
        raise ValueError("inner")
    except ValueError:
        print("nested", sys.exc_info()[0].__name__)
    print("restored", sys.exc_info()[0].__name__)
print("after", sys.exc_info())
def in_func():
    return sys.exc_info()[0]
try:
    1 / 0
except ZeroDivisionError:
    print("visible in callee:", in_func().__name__)
print(in_func())
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print(type(e).__name__, e, e.args)
try:
    assert []
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
def unbound():
    try:
        print(counter)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    counter = 1
unbound()
try:
    undefined_thing
except NameError as e:
    print(type(e).__name__, e)
try:
    "abc".nope
except AttributeError as e:
    print(type(e).__name__, e)
try:
    None.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [1, 2, 3][10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(type(e).__name__, e, repr(e))
try:
    int("3.5")
except ValueError as e:
    print(type(e).__name__, e)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
