def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
def setit(obj, sl, v):
    obj[sl] = v
    return obj
t(lambda: setit([1,2,3,4,5], slice(None, None, 2), 5))
t(lambda: setit([1,2,3,4,5], slice(None, None, 2), [1]))
t(lambda: setit([1,2,3,4,5], slice(None, None, 2), [7,8,9]))
t(lambda: setit([1,2,3,4,5], slice(None, None, -2), "abc"))
t(lambda: setit([1,2,3,4,5], slice(1, 2), 5))
t(lambda: setit([1,2,3,4,5], slice(1, 1, 1), 5))
t(lambda: setit([1,2,3,4,5], slice(None, None, 2), []))
t(lambda: setit([], slice(None, None, 2), []))
t(lambda: setit([1,2,3], slice(None, None, 0), [1]))
t(lambda: setit(bytearray(b"abcde"), slice(None, None, 2), 5))
t(lambda: setit(bytearray(b"abcde"), slice(None, None, 2), b"x"))
t(lambda: setit(bytearray(b"abcde"), slice(None, None, 2), b"xyz"))
t(lambda: setit(bytearray(b"abcde"), slice(None, None, 2), [1, 2, 3]))
t(lambda: setit(bytearray(b"abcde"), slice(None, None, 2), "abc"))
t(lambda: setit(bytearray(b"abcde"), slice(1, 3), 5))
t(lambda: setit(bytearray(b"abcde"), slice(1, 3), "ab"))
t(lambda: setit(bytearray(b"abcde"), slice(None, None, 2), [1, 2, 300]))
t(lambda: setit(bytearray(b"abcde"), slice(None, None, 2), bytearray(b"123")))
t(lambda: setit(bytearray(b"abcde"), slice(None, None, 2), memoryview(b"123")))
t(lambda: setit(bytearray(b"abcde"), 0, 300))
t(lambda: setit(bytearray(b"abcde"), 0, b"a"))
t(lambda: setit(bytearray(b"abcde"), slice(None, None, 0), b"a"))
t(lambda: setit((1,2), slice(None), [1]))
t(lambda: setit("ab", 0, "x"))
t(lambda: setit([1,2,3], "a", 1))
t(lambda: setit([1,2,3], 5, 1))
t(lambda: setit([1,2,3], 1.0, 1))
t(lambda: setit(bytearray(b"a"), 5, 1))
t(lambda: setit(bytearray(b"a"), "x", 1))
def delit(obj, sl):
    del obj[sl]
    return obj
t(lambda: delit([1,2,3,4,5], slice(None, None, 2)))
t(lambda: delit(bytearray(b"abcde"), slice(None, None, -2)))
t(lambda: delit([1,2,3], 7))
t(lambda: delit((1,2,3), 0))
t(lambda: delit("abc", 0))
t(lambda: delit(bytearray(b"a"), 9))
t(lambda: issubclass(1, int))
t(lambda: issubclass(int, 1))
t(lambda: issubclass(int, (int, 1)))
t(lambda: issubclass(int, (1, int)))
t(lambda: issubclass(bool, (str, (int,))))
t(lambda: isinstance(1, 1))
t(lambda: isinstance(1, (str, 1)))
t(lambda: isinstance(1, (int, 1)))
t(lambda: isinstance(1, (str, (bytes, int))))
t(lambda: issubclass("a", "b"))
t(lambda: isinstance(1, "int"))
t(lambda: issubclass(int, "int"))
class Meta(type):
    def __instancecheck__(cls, x): return True
    def __subclasscheck__(cls, x): return True
class Any(metaclass=Meta): pass
t(lambda: isinstance(1, Any))
t(lambda: issubclass(1, Any))
t(lambda: issubclass(str, Any))
