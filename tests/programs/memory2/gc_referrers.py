import gc
class Node:
    def __init__(self, name): self.name = name
    def __repr__(self): return self.name
a = Node("a")
b = Node("b")
a.link = b
holder = [b]
refs = gc.get_referrers(b)
print(len(refs), any(r is holder for r in refs))
print(gc.get_referents(holder))
print(gc.get_referents(a)[0] == "a" or True)
d = {"x": a}
print(gc.get_referents(d))
t = (a, b)
print(gc.get_referents(t))
print(gc.get_referents(1, "s", None))
print(sorted(map(repr, gc.get_referents([a, b], (b,)))))
def f(): pass
print(f in gc.get_referents(f.__globals__) or True)
print(gc.is_tracked(a), gc.is_tracked(a.name), gc.is_tracked(holder))
x = (1, 2, "three")
gc.collect()
print(gc.is_tracked(x))
y = (1, [])
gc.collect()
print(gc.is_tracked(y))
e = {}
print(gc.is_tracked(e))
e["k"] = 1
print(gc.is_tracked(e))
e["l"] = []
print(gc.is_tracked(e))
