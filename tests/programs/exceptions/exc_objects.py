# Pins exception objects: args, str() and repr() for 0/1/many args, user-raised builtins, type names.
cases = [ValueError(), ValueError("msg"), ValueError("a", 1), KeyError("k"), KeyError(), KeyError(1, 2),
         IndexError(5), TypeError(None), Exception(""), RuntimeError("r"), ZeroDivisionError("custom"),
         AssertionError(), StopIteration(3), NameError("n"), LookupError("l"), ArithmeticError()]
for e in cases:
    print(type(e).__name__, repr(str(e)), repr(e), e.args)
try:
    raise KeyError("quoted key")
except KeyError as e:
    print(str(e), e.args[0], "|" + repr(e) + "|")
try:
    int("12x")
except ValueError as e:
    print(e.args, str(e) == e.args[0])
try:
    [].pop()
except IndexError as e:
    print(e.args)
def fail(kind):
    if kind == 1:
        raise ValueError("one")
    if kind == 2:
        raise TypeError("two", "extra")
    return "fine"
for k in (0, 1, 2):
    try:
        print(fail(k))
    except (ValueError, TypeError) as e:
        print("caught", type(e).__name__, e.args, str(e))
err = ValueError("stored")
try:
    raise err
except ValueError as caught:
    print(caught is err, caught)
print(type(err).__name__, type(err) is ValueError, type(err) == Exception)
print(isinstance(err, Exception), isinstance(err, ValueError), isinstance(err, TypeError))
try:
    raise 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(type(e).__name__, e)
