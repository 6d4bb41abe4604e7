# Pins bare raise re-raising, raise from (cause), implicit context, from None, and raise with no active exception.
def reraiser():
    try:
        1 / 0
    except ZeroDivisionError:
        print("handling, then re-raising")
        raise
try:
    reraiser()
except ZeroDivisionError as e:
    print("caught again:", e)
def convert():
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("converted") from e
try:
    convert()
except ValueError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, repr(e.__cause__), e.__context__ is e.__cause__)
def implicit_context():
    try:
        [][1]
    except IndexError:
        raise TypeError("during handling")
try:
    implicit_context()
except TypeError as e:
    print(type(e).__name__, e, repr(e.__context__), e.__cause__, e.__suppress_context__)
def suppressed():
    try:
        raise ValueError("original")
    except ValueError:
        raise KeyError("new") from None
try:
    suppressed()
except KeyError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
