# The __class__ cell of methods is filled by type.__new__ from the
# namespace's __classcell__, with CPython's errors when a metaclass loses it.
saved = None


class Meta(type):
    def __new__(cls, name, bases, namespace):
        global saved
        saved = namespace
        return None


class A(metaclass=Meta):
    @staticmethod
    def f():
        return __class__


print(A)
B = type("B", (), saved)
print(B.f() is B, "__classcell__" in B.__dict__)


class Snap(type):
    def __new__(cls, name, bases, namespace):
        global snapshot
        snapshot = dict(namespace)
        return super().__new__(cls, name, bases, namespace)


class WithRef(metaclass=Snap):
    def f(self):
        return __class__


cell = snapshot["__classcell__"]
print(type(cell).__name__, cell is WithRef.f.__closure__[0], cell.cell_contents is WithRef)


class Dropper(type):
    def __new__(cls, name, bases, namespace):
        namespace.pop("__classcell__", None)
        return super().__new__(cls, name, bases, namespace)


class NoRef(metaclass=Dropper):
    pass


print(NoRef.__name__)
try:

    class LostRef(metaclass=Dropper):
        def f(self):
            return __class__

except RuntimeError as e:
    print("RuntimeError:", str(e).replace(__name__, "M"))


class Wrong(type):
    def __new__(cls, name, bases, namespace):
        made = super().__new__(cls, name, bases, namespace)
        type("Other", (), namespace)
        return made


try:

    class Twice(metaclass=Wrong):
        def f(self):
            return __class__

except TypeError as e:
    print("TypeError:", str(e).replace(__name__, "M"))


class Overwrite(type):
    def __new__(cls, name, bases, namespace, cell):
        namespace["__classcell__"] = cell
        return super().__new__(cls, name, bases, namespace)


for bad in (None, 0, ""):
    try:

        class Bad(metaclass=Overwrite, cell=bad):
            pass

    except TypeError as e:
        print("TypeError:", e)

try:
    super(int, int, int)
except TypeError as e:
    print("TypeError:", e)
