# Setting a special method to None in a class blocks the inherited one.
class A:
    def __add__(self, o):
        return "add"

    def __radd__(self, o):
        return "radd"

    def __iter__(self):
        return iter([1])

    def __len__(self):
        return 1


class B(A):
    __iadd__ = None


class C(A):
    __add__ = None
    __iter__ = None
    __len__ = None


class H:
    __hash__ = None


def attempt(label, f):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)


def iadd():
    x = B()
    x += 1
    return x


attempt("B += 1", iadd)
attempt("C() + 1", lambda: C() + 1)
attempt("1 + C()", lambda: 1 + C())
attempt("iter(C())", lambda: iter(C()))
attempt("list(C())", lambda: list(C()))
attempt("len(C())", lambda: len(C()))
attempt("hash(H())", lambda: hash(H()))
attempt("A() + 1", lambda: A() + 1)
attempt("list(A())", lambda: list(A()))
