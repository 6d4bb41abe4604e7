# Reference cycles are found by gc.collect(), with CPython 3.11's counts.
import gc

gc.collect()

class Node:
    def __init__(self):
        self.ref = None

a = Node(); b = Node()
a.ref = b; b.ref = a
del a, b
print("two instances:", gc.collect())

lst = []
lst.append(lst)
del lst
print("self list:", gc.collect())

d = {}
d["me"] = d
del d
print("self dict:", gc.collect())

def f():
    pass
f.me = f
del f
print("function with __dict__:", gc.collect())

ring = [Node() for _ in range(10)]
for i, n in enumerate(ring):
    n.ref = ring[(i + 1) % 10]
del ring, n
print("ring of ten:", gc.collect())

x = Node()
x.ref = x
x.__dict__
del x
print("seen __dict__:", gc.collect())

keep = Node()
keep.ref = keep
print("still referenced:", gc.collect())
print("nothing left:", gc.collect())

class Fin:
    def __del__(self):
        print("Fin.__del__ ran, ref is", type(self.ref).__name__)

p = Fin(); q = Node()
p.ref = q; q.ref = p
del p, q
print("cycle with finalizer:", gc.collect())

l2 = [{"a": 1}]
l2.append(l2)
del l2
print("list holding an atomic dict:", gc.collect())

def gen():
    try:
        yield 1
    finally:
        print("generator finally")

g = gen()
next(g)
holder = [g]
holder.append(holder)
del g, holder
print("suspended generator in a cycle:", gc.collect())
