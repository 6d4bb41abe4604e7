# Pins raise from (__cause__, __suppress_context__), implicit chaining (__context__), raise from None, and chain walking.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("parse failed") from e
try:
    parse("x1")
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__, "| ctx is cause:", e.__context__ is e.__cause__)
    print(e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("while handling")
except TypeError as e:
    print(e, "| cause:", e.__cause__, "| context:", repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def chain_of(e):
    out = []
    while e is not None:
        out.append(f"{type(e).__name__}({e})")
        e = e.__cause__ or e.__context__
    return " <- ".join(out)
try:
    try:
        try:
            [][0]
        except IndexError as a:
            raise KeyError("level2") from a
    except KeyError:
        raise OSError("level3")
except OSError as e:
    print(chain_of(e))
e = ValueError("fresh")
print(e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    raise ValueError("x") from 5
except TypeError as te:
    print(type(te).__name__, te)
try:
    raise ValueError("cls cause") from KeyError
except ValueError as ve:
    print(type(ve.__cause__).__name__, ve.__cause__.args)
try:
    try:
        raise ValueError("inner")
    finally:
        print("finally runs during propagation")
except ValueError as e:
    print("outer caught", e, e.__context__)
try:
    try:
        raise ValueError("a")
    except ValueError as first:
        try:
            raise TypeError("b")
        except TypeError as second:
            print(second.__context__ is first)
            raise
except TypeError as e:
    print("reraised", e, type(e.__context__).__name__)
err = KeyError("manual")
err.__cause__ = IndexError("set by hand")
print(type(err.__cause__).__name__, err.__suppress_context__)
