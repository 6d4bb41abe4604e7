import heapq, bisect
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 7), h)
print(heapq.heapreplace(h, 4), h)
data = [9, 4, 7, 1, 3]
heapq.heapify(data); print(data)
print(heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(3, [5, 1, 9, 3]))
words = ["pear", "fig", "banana", "kiwi"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge(["a", "ccc"], ["bb"], key=len)))
print(list(heapq.merge([7, 4, 1], [8, 2], reverse=True)))
try:
    heapq.heappop([])
except IndexError as e:
    print(e)
def dijkstra(graph, src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist.get(u, float("inf")):
            continue
        for v, w in graph[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                heapq.heappush(pq, (nd, v))
    return dist
g = {"A": [("B", 4), ("C", 1)], "B": [("D", 1)], "C": [("B", 2), ("D", 5)], "D": []}
print(dijkstra(g, "A"))
a = [1, 2, 4, 4, 8]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 4), bisect.bisect(a, 0))
bisect.insort(a, 3); bisect.insort_left(a, 4); bisect.insort_right(a, 9); print(a)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 4), key=lambda r: r[1]); print(recs)
print(bisect.bisect_left(a, 4, 0, 3), bisect.bisect_right(a, 4, lo=5))
def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])
try:
    bisect.bisect_left(a, 1, -1)
except ValueError as e:
    print(e)
class Task:
    def __init__(self, p, name): self.p, self.name = p, name
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f"Task({self.p}, {self.name!r})"
tq = []
for t in [Task(3, "c"), Task(1, "a"), Task(2, "b")]:
    heapq.heappush(tq, t)
print([heapq.heappop(tq) for _ in range(3)])
h = [(2, "b"), (1, "a")]; heapq.heapify(h); print(h[0])
try:
    heapq.heappush([1], "x")
except TypeError as e:
    print(e)
