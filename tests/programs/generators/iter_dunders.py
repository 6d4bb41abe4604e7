import operator
it = iter([1, 2, 3])
print(it.__length_hint__(), next(it), it.__next__(), it.__length_hint__(), iter(it) is it)
print(operator.length_hint(iter(range(10))), operator.length_hint(iter("abc")), operator.length_hint(reversed([1, 2])))
e = enumerate("ab")
print(e.__next__(), e.__iter__() is e)
g = (x for x in "ab")
print(g.__next__(), g.__iter__() is g)
try:
    it.__next__()
    it.__next__()
except StopIteration as s:
    print("stop", repr(s))
import itertools
src = iter(range(10))
print(list(itertools.islice(src, 3)), next(src), list(itertools.islice(src, 1, 4, 2)), next(src))
print(type(itertools.islice([], 1)).__name__)
print(sorted(k for k in globals() if k.startswith("__")))
print(__spec__, __loader__ is not None, type(__annotations__).__name__)
import json, math
print(json.__spec__.name, math.__spec__.name, math.__spec__.parent == "")
