def g():
    yield
x = g(); next(x)
try:
    raise TypeError("handled")
except TypeError:
    try:
        x.throw(ValueError("thrown"))
    except ValueError as e:
        print(repr(e.__context__))
def f():
    raise KeyError("k")
try:
    raise TypeError("h")
except TypeError:
    try:
        f()
    except KeyError as e:
        print(repr(e.__context__))
