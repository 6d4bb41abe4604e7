# PEP 584: dict | dict and dict |= mapping-or-pairs.
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a, c is a)
d = {1: "one"}
d |= [(2, "two"), (1, "uno")]
print(d)
d |= {}
print(d)


class M:
    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        return k.upper()


e = {}
e |= M()
print(e)
for expr in ["{} | 1", "1 | {}", "{} | [(1, 2)]", "{} | M()"]:
    try:
        print(eval(expr))
    except TypeError as ex:
        print("TypeError:", ex)
try:
    f = {}
    f |= 1
except TypeError as ex:
    print("TypeError:", ex)
try:
    f = {}
    f |= [1]
except TypeError as ex:
    print("TypeError:", ex)


class R:
    def __ror__(self, other):
        return "ror"


print({} | R())
import collections

dd = collections.defaultdict(int, a=1)
print(dict(dd | {"b": 2}) if hasattr(dd, "__or__") else "no")
