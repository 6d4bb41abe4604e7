# Pins __exit__ suppression: truthy return swallows, falsy propagates, exc info seen by __exit__, selective suppression.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.seen = (et.__name__ if et else None, str(ev) if ev else None, tb is not None)
        print("exit saw", self.seen)
        return et is not None and issubclass(et, self.types)

with Suppress(KeyError) as s:
    {}["missing"]
    print("not reached")
print("continued after suppressed KeyError")
try:
    with Suppress(KeyError):
        int("x")
except ValueError as e:
    print("propagated", type(e).__name__, e)
with Suppress(LookupError):
    [][1]
with Suppress(Exception):
    pass
class Truthy:
    def __enter__(self): return None
    def __exit__(self, *a): return 1
class Falsy:
    def __enter__(self): return None
    def __exit__(self, *a): return 0
with Truthy():
    raise RuntimeError("gone")
print("truthy suppressed")
try:
    with Falsy():
        raise RuntimeError("kept")
except RuntimeError as e:
    print("falsy kept", e)
def g():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print("value", 10 / (i - 1))
    return "loop done"
print(g())
def h():
    with Suppress(ValueError):
        raise ValueError("x")
    return "after with"
print(h())
class Replace:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        if et is ZeroDivisionError:
            raise ArithmeticError("replaced") from ev
try:
    with Replace():
        1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, type(e.__context__).__name__)
with Suppress(TypeError):
    with Suppress(KeyError):
        None + 1
print("inner passed TypeError outward, outer swallowed it")
