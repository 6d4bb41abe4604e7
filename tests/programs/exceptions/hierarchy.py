# Pins catching by base class (LookupError, ArithmeticError, Exception), tuples of types, handler order.
def catch(thunk):
    try:
        thunk()
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except (TypeError, ValueError) as e:
        return "TypeOrValue<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__
    return "no error"
print(catch(lambda: [][0]))
print(catch(lambda: {}["k"]))
print(catch(lambda: "abc"[5]))
print(catch(lambda: 1 / 0))
print(catch(lambda: 2.0 ** 5000))
print(catch(lambda: int("x")))
print(catch(lambda: len(5)))
print(catch(lambda: undefined_thing))
print(catch(lambda: (1).nope))
print(catch(lambda: None))
pairs = [(IndexError, LookupError), (KeyError, LookupError), (ZeroDivisionError, ArithmeticError),
         (OverflowError, ArithmeticError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
         (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError), (KeyError, IndexError),
         (StopIteration, Exception), (KeyboardInterrupt, Exception), (SystemExit, BaseException),
         (NotImplementedError, RuntimeError), (AssertionError, Exception), (bool, int)]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
try:
    raise IndexError("first")
except (KeyError, IndexError) as e:
    print("tuple caught", type(e).__name__, e)
try:
    try:
        raise ZeroDivisionError("z")
    except ArithmeticError:
        print("base handler first")
        raise
except ZeroDivisionError as e:
    print("re-raised", e)
try:
    raise ValueError
except ValueError as e:
    print("class raise", repr(e), e.args, str(e) == "")
try:
    raise Exception("a", 2, None)
except Exception as e:
    print(e, repr(e), e.args, len(e.args))
