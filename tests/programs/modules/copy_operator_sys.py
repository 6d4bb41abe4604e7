import copy, operator, sys
a = [1, [2, 3], {"k": [4]}]
a.append(a)
b = copy.deepcopy(a)
print(b[3] is b, b[1] is not a[1], b[:3] == a[:3])
s = copy.copy(a); print(s[1] is a[1], s is not a)
class Node:
    def __init__(self, v): self.v, self.children, self.parent = v, [], None
root = Node(1); ch = Node(2); ch.parent = root; root.children.append(ch)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0].v)
class Custom:
    def __init__(self, x): self.x = x
    def __copy__(self):
        print("copy called"); return Custom(self.x)
    def __deepcopy__(self, memo):
        print("deepcopy called", type(memo).__name__); return Custom(copy.deepcopy(self.x, memo))
c = Custom([1]); c2 = copy.copy(c); c3 = copy.deepcopy(c)
print(c2.x is c.x, c3.x is c.x, c3.x)
t = (1, [2]); print(copy.deepcopy(t)[1] is t[1], copy.copy(t) is t, copy.deepcopy((1, 2)) is not None)
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a, self.b = 1, [2]
sl = copy.deepcopy(Slots()); print(sl.a, sl.b)
d = {"x": {"y": 1}}; d2 = copy.deepcopy(d); d2["x"]["y"] = 2; print(d, d2)
print(copy.copy(frozenset([1])) , copy.deepcopy("s"))
from operator import itemgetter, attrgetter, methodcaller
rows = [{"n": "b", "a": 2}, {"n": "a", "a": 2}, {"n": "c", "a": 1}]
print(sorted(rows, key=itemgetter("a", "n")))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter(slice(1, None))([1, 2, 3]))
class P:
    def __init__(self, n, inner=None): self.name, self.inner = n, inner
    def greet(self, g, punct="!"): return f"{g}, {self.name}{punct}"
ps = [P("z", P("q")), P("m", P("a"))]
print([p.name for p in sorted(ps, key=attrgetter("name"))], attrgetter("inner.name")(ps[0]), attrgetter("name", "inner.name")(ps[1]))
print(methodcaller("greet", "Hi")(ps[0]), methodcaller("greet", "Yo", punct="?")(ps[1]))
print(repr(itemgetter(1, 2)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
print(operator.add(1, 2), operator.neg(3), operator.truth([]), operator.contains([1], 1), operator.getitem([5, 6], 1))
print(operator.concat([1], [2]), operator.mod(7, 3), operator.floordiv(7, 2), operator.truediv(7, 2), operator.pow(2, 5))
print(operator.eq(1, 1.0), operator.is_(None, None), operator.not_(1), operator.index(5), operator.lshift(1, 4))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l)
print(operator.iadd([1], [2]), operator.length_hint(iter([1, 2, 3])), operator.xor(6, 3), operator.and_(6, 3), operator.or_(6, 3))
try:
    itemgetter(5)([1])
except IndexError as e:
    print(e)
try:
    attrgetter("missing")(ps[0])
except AttributeError as e:
    print(e)
print(sys.maxsize, sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(type(sys.argv).__name__, sys.argv[0].endswith("copy_operator_sys.py"))
print(sys.exc_info())
try:
    1 / 0
except ZeroDivisionError:
    t, v, tb = sys.exc_info()
    print(t, repr(v), tb is not None)
print(sys.exc_info()[0])
print(sys.getrecursionlimit(), sys.platform, sys.byteorder, type(sys.modules).__name__, "sys" in sys.modules)
print(__name__, type(__spec__).__name__ if __spec__ else __spec__, __loader__ is not None)
import json
print(json.__name__, json.__spec__.name if json.__spec__ else None)
print(sys.version_info.releaselevel, type(sys.float_info.max).__name__, sys.maxunicode)
