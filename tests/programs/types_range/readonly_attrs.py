def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
show(setattr, slice(1), "start", 3)
show(setattr, [], "append", 3)
show(setattr, 1, "real", 3)
show(setattr, 1, "x", 3)
show(setattr, "", "x", 3)
show(delattr, range(1), "start")
show(setattr, 1.5, "imag", 3)
show(setattr, {}.keys(), "mapping", 3)
print(slice(1, 2) < slice(1, 3), slice(1, 2) <= slice(1, 2), slice(2) > slice(1), slice(None, 1) == slice(None, 1))
show(lambda: slice(1) < slice("a"))
show(lambda: slice(1) < (1,))
