# copy, heapq, bisect
import copy, heapq, bisect
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99); a[2]["k"].append(5)
print(a, b, c, b[1] is a[1], c[1] is a[1])
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
n = Node(1); n.children.append(Node(2)); n.children.append(n)
m = copy.deepcopy(n)
print(m.v, m.children[0].v, m.children[1] is m, m is n, copy.copy(n).children is n.children)
t = (1, [2])
print(copy.deepcopy(t) == t, copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, 2)) is not None)
class C:
    def __copy__(self):
        return "custom copy"
    def __deepcopy__(self, memo):
        return "custom deepcopy"
print(copy.copy(C()), copy.deepcopy([C()]))
h = []
for x in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 3, 8]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, [5, 1, 4]), heapq.nlargest(2, ["aa", "b", "ccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge([3, 1], [2], reverse=True)))
pq = []
heapq.heappush(pq, (2, "b")); heapq.heappush(pq, (1, "a")); heapq.heappush(pq, (3, "c"))
print([heapq.heappop(pq)[1] for _ in range(3)])
s = [1, 2, 4, 4, 8]
print(bisect.bisect(s, 4), bisect.bisect_left(s, 4), bisect.bisect_right(s, 0), bisect.bisect_left(s, 9, 1, 3))
bisect.insort(s, 5); bisect.insort_left(s, 4)
print(s, bisect.bisect_left([("a", 1), ("c", 3)], "b", key=lambda t: t[0]))
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(x) for x in [33, 99, 77, 70, 89, 90, 100]])
