# C.__dict__ is a read-only mappingproxy.
class C:
    """Docstring."""
    x = 1

    def method(self):
        return 2


d = C.__dict__
print(type(d), type(d).__name__)
print(d["x"], "x" in d, "nope" in d, d.get("x"), d.get("nope"), d.get("nope", 5))
print(list(d.keys()))
print([k for k in d])
print(len(d), len(d) == len(list(d.items())))
print(sorted(k for k, v in d.items() if not k.startswith("__")))
print(d["__doc__"], d["__module__"])
print(callable(d["method"]), d["method"](None))
print(type(d.copy()).__name__, d.copy()["x"])
print(repr(C.__dict__).startswith("mappingproxy({'__module__': '__main__'"))
print(str(C.__dict__).startswith("{'__module__': '__main__'"))
print(C.__dict__ is C.__dict__, C.__dict__["x"] is C.__dict__["x"])
try:
    d["x"] = 2
except TypeError as e:
    print("TypeError:", e)
try:
    del d["x"]
except TypeError as e:
    print("TypeError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
try:
    d.update({})
except AttributeError as e:
    print("AttributeError:", e)

# The view is live: class attribute changes show through it.
C.y = 10
print(d["y"], "y" in d)
del C.x
print("x" in d)
print(C.y, getattr(C, "x", "gone"))


class Empty:
    pass


print(Empty.__dict__)
print(list(Empty.__dict__.values())[0])
print(dict(Empty.__dict__)["__module__"])
print(sorted(vars(Empty)))
print(type(vars(Empty)).__name__)
print(type(int.__dict__).__name__, "bit_length" in int.__dict__)

MP = type(type.__dict__)
m = MP({"a": 1, "b": 2})
print(m, m["a"], list(m.items()), len(m))
try:
    MP([1, 2])
except TypeError as e:
    print("TypeError:", e)

# Comparisons and unpacking go to the mapping.
print(Empty.__dict__ == Empty.__dict__, Empty.__dict__ == dict(Empty.__dict__), Empty.__dict__ != {})
print(sorted({**Empty.__dict__}))
def kw(**k):
    return sorted(k)
print(kw(**MP({"p": 1, "q": 2})))
