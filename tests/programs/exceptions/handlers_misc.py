import sys
def f():
    try:
        raise ValueError("x")
    except ValueError:
        print(sys.exc_info()[0].__name__)
        try:
            raise KeyError("y")
        except KeyError:
            print(sys.exc_info()[0].__name__)
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info())
f()
def reraise():
    try:
        raise ValueError("orig")
    except ValueError:
        try:
            raise
        except ValueError as e:
            print("reraised", e)
reraise()
def exc_in_finally():
    try:
        return 1
    finally:
        try:
            raise KeyError
        except KeyError:
            print("handled in finally")
print(exc_in_finally())
def swallowed():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
    return "loop done"
try:
    print(swallowed())
except ValueError as e:
    print("escaped", e)
def ret_in_finally():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
print(ret_in_finally())
class E1(Exception): pass
class E2(E1): pass
try:
    raise E2("sub")
except E1 as e:
    print(type(e).__name__, isinstance(e, E1))
try:
    try:
        raise E1("a")
    except E2:
        print("wrong")
except E1:
    print("outer catches")
try:
    raise E1
except E1 as e:
    print(repr(e), e.args)
try:
    raise ValueError("a", 1)
except ValueError as e:
    print(e)
print(repr(ValueError()), str(ValueError()), repr(ValueError(None)), str(ValueError(None)))
class CustomRepr(Exception):
    def __repr__(self): return "CR!"
print(repr(CustomRepr(1)), str(CustomRepr(1)))
try:
    except_me = 1
    raise TypeError("t") from ValueError("v")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)
def gen_ctx():
    try:
        1 / 0
    except ZeroDivisionError:
        raise
try:
    gen_ctx()
except ZeroDivisionError as e:
    print("zd", e, e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise e
except ZeroDivisionError as e:
    print("re", e.__context__)
try:
    raise KeyError("k")
except Exception as e:
    try:
        raise e from e
    except KeyError as e2:
        print(e2.__cause__ is e2)
try:
    class NotExc: pass
    raise NotExc()
except TypeError as e:
    print(e)
try:
    try:
        pass
    except 5:
        pass
    print("no exception no check")
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
def deep(n):
    if n == 0: raise IndexError("deep")
    deep(n - 1)
try:
    deep(5)
except IndexError as e:
    tb = e.__traceback__
    count = 0
    while tb:
        count += 1
        tb = tb.tb_next
    print("frames", count)
try:
    raise SystemExit(3)
except SystemExit as e:
    print("exit code", e.code)
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value)
e = KeyError("a")
e.args = ("b", "c")
print(e, e.args)
e = Exception("x")
e.note = 1
print(e.note)
print(ValueError.__name__, ValueError.__base__.__name__, BaseException.__base__)
try:
    raise ValueError("abc")
except ValueError as e:
    err = e
print(err.__traceback__.tb_lineno)
x = ValueError("w")
print(x.with_traceback(None) is x)
try:
    int("zz")
except ValueError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    [1][5]
except IndexError as e:
    print(e)
try:
    (1,)[5]
except IndexError as e:
    print(e)
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    import nonexistent_mod_xyz
except ModuleNotFoundError as e:
    print(e, e.name)
