# Operator dispatch with subclass overrides: sorting, max, reflected methods.
class Rev(int):
    def __lt__(self, other):
        return int(self) > int(other)
xs = [Rev(1), Rev(3), Rev(2)]
print(sorted(xs), max(xs), min(xs), Rev(1) < Rev(2))
class RS(str):
    def __lt__(self, other):
        return len(self) < len(other)
print(sorted([RS("ccc"), RS("a"), RS("bb")]), sorted([RS("zz"), RS("a")], reverse=True))
import heapq, bisect
h = [Rev(5), Rev(1), Rev(9)]
heapq.heapify(h)
print(h[0])
class Q(list):
    def __lt__(self, other):
        return len(self) < len(other)
print(sorted([Q([1,2,3]), Q([9])]), Q([1]) < Q([0, 0]), [1] < [0, 0])
class Rev(int):
    def __lt__(self, other):
        return int(self) > int(other)
print(Rev(3) > Rev(1), Rev(1) > Rev(3), max([Rev(1), Rev(3)]), max(Rev(1), Rev(3)))
class Caseless(str):
    def __eq__(self, other):
        print("eq called", type(other).__name__)
        return str(self).lower() == str(other).lower()
    __hash__ = str.__hash__
print(1 == Caseless("a"), "A" == Caseless("a"), Caseless("a") == "A", [1, 2] == Caseless("x"))
class Money(int):
    def __radd__(self, other):
        return "radd"
class I(int): pass
print(5 + Money(1), I(5) + Money(1), "s" * Money(2) if False else 0, [1] + [2])
class V:
    def __add__(self, o): return "V.add"
    def __eq__(self, o): return "V.eq"
print(V() + Money(1), V() == I(1), I(1) == V())
