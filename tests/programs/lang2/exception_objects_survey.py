# exceptions
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
try:
    raise MyErr(3, "bad")
except MyErr as e:
    print(e, e.args, e.code, repr(e))
e = Exception()
print(repr(e), str(e), e.args)
e = Exception("a")
print(repr(e), str(e))
e = Exception("a", 1)
print(repr(e), str(e))
print(repr(KeyError("k")), str(KeyError("k")), str(KeyError()), str(KeyError(1,2)))
try:
    raise ValueError
except ValueError as e:
    print(type(e), e.args)
def f():
    try:
        1/0
    except ZeroDivisionError as e:
        raise ValueError("x") from e
try:
    f()
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise TypeError("t") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise 5
except TypeError as e: print(e)
try:
    raise ValueError from 5
except TypeError as e: print(e)
class NotExc: pass
try:
    raise NotExc
except TypeError as e: print(e)
try:
    try:
        raise ValueError(1)
    finally:
        print("fin")
except ValueError as e:
    print("caught", e)
def g():
    try:
        return 1
    finally:
        print("in finally")
print(g())
def h():
    try:
        return 1
    finally:
        return 2
print(h())
def k():
    for i in range(3):
        try:
            continue
        finally:
            print("k", i)
k()
def m():
    while True:
        try:
            break
        finally:
            print("m break")
m()
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    e
except NameError as ex:
    print(ex)
try:
    raise
except RuntimeError as e: print(e)
def reraise():
    try:
        raise KeyError("a")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e: print(repr(e))
print(issubclass(KeyError, LookupError), KeyError.__mro__)
try:
    {}["x"]
except LookupError as e: print(type(e).__name__, e)
try:
    [][1]
except IndexError as e: print(e)
e = ValueError("x")
e.args = (1,2)
print(e)
try:
try:
    assert 1 == 2, "msg"
except AssertionError as e: print(e.args)
try:
    assert False
except AssertionError as e: print(e.args)
x = StopIteration(5)
print(x.value)
print(SystemExit(3).code)
print(OSError(2, "No such").errno, OSError(2, "No such").strerror, str(OSError(2, "No such")))
print(str(FileNotFoundError(2, "No such file", "f.txt")))
print(ImportError("x", name="m").name)
print(AttributeError("x", name="n", obj=1).name)
print(NameError("x", name="n").name)
try:
    undefined_thing
except NameError as e: print(e.name)
try:
    1 .foo
except AttributeError as e: print(e.name, e.obj)
print(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'))
e = Exception()
e.with_traceback(None)
print(e.__traceback__)
try: raise ValueError
except ValueError as e: print(type(e.__traceback__).__name__, e.__traceback__.tb_lineno)
