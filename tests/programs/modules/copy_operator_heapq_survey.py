import copy, operator, heapq, bisect
class P:
    def __init__(self, v, kids=None): self.v = v; self.kids = kids or []
    def __repr__(self): return f"P({self.v}, {self.kids})"
a = P(1, [P(2)])
b = copy.copy(a); c = copy.deepcopy(a)
a.kids[0].v = 99
print(b, c, b.kids is a.kids, c.kids is a.kids)
cyc = [1]; cyc.append(cyc)
dc = copy.deepcopy(cyc); print(dc[1] is dc, dc is not cyc)
class Custom:
    def __init__(self): self.log = []
    def __copy__(self):
        n = Custom(); n.log = ["copied"]; return n
    def __deepcopy__(self, memo):
        n = Custom(); n.log = ["deep", len(memo) >= 0]; return n
print(copy.copy(Custom()).log, copy.deepcopy(Custom()).log)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]; self.b = 2
s2 = copy.deepcopy(Slotted()); print(s2.a, s2.b)
t = (1, [2]); td = copy.deepcopy(t); print(td, td[1] is t[1], copy.copy(t) is t)
d = {"k": [1]}; print(copy.deepcopy(d)["k"] is d["k"], copy.copy(d)["k"] is d["k"])
shared = [0]; both = [shared, shared]; bd = copy.deepcopy(both); print(bd[0] is bd[1])
print(copy.copy(5), copy.deepcopy("s"), copy.copy(None), copy.deepcopy(range(3)))
print(operator.add(1, 2), operator.mul("a", 3), operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"))
print(operator.attrgetter("v")(P(7)), operator.attrgetter("v", "kids")(P(8)), operator.methodcaller("upper")("x"))
print(operator.neg(3), operator.not_(0), operator.truth([]), operator.contains([1], 1), operator.getitem({1: 2}, 1))
print(operator.lt(1, 2), operator.eq(1, 1.0), operator.is_(None, None), operator.index(5), operator.concat([1], [2]))
print(operator.attrgetter("kids.__len__")(P(1)) if False else "", operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 5))
l = [3]; operator.iadd(l, [4]); print(l)
import functools
print(functools.reduce(operator.mul, range(1, 6)), sorted([P(3), P(1)], key=operator.attrgetter("v")))
h = []
for v in [5, 1, 4, 2, 3]: heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
h2 = [9, 3, 7, 1]; heapq.heapify(h2); print(h2, heapq.nsmallest(2, [5, 1, 3]), heapq.nlargest(2, [5, 1, 3]))
print(heapq.heappushpop([1, 5], 3), heapq.heapreplace([1, 5], 3), list(heapq.merge([1, 4], [2, 3])))
pq = []
heapq.heappush(pq, (2, "b")); heapq.heappush(pq, (1, "a")); heapq.heappush(pq, (2, "a"))
print([heapq.heappop(pq) for _ in range(3)])
print(heapq.nlargest(2, ["aa", "b", "ccc"], key=len), heapq.nsmallest(1, [(2, 1), (1, 2)]))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
arr = [1, 3, 3, 5]
print(bisect.bisect_left(arr, 3), bisect.bisect_right(arr, 3), bisect.bisect(arr, 4))
bisect.insort(arr, 4); bisect.insort_left(arr, 0); print(arr)
print(bisect.bisect_left(arr, 3, lo=3), bisect.bisect_right([(1, "a"), (2, "b")], (1, "z")))
print(bisect.bisect_left([P(1), P(5)], 3, key=operator.attrgetter("v")))
