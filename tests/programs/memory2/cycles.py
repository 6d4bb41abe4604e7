import gc
gc.collect()
class Node:
    pass
a = Node(); b = Node()
a.other = b; b.other = a
del a, b
print(gc.collect())
l = []
l.append(l)
del l
print(gc.collect())
d = {}
d['self'] = d
del d
print(gc.collect())
print(gc.collect())
class WithDel:
    def __del__(self):
        print("WithDel.__del__")
w = WithDel()
w.cycle = w
del w
print(gc.collect())
x = [1, 2]
y = [x]
x.append(y)
del x, y
print(gc.collect())
def make():
    def f():
        return f
    return f
fn = make()
del fn
print(gc.collect())
class A: pass
for i in range(10):
    o = A(); o.s = o
del o
print(gc.collect())
t = ([],)
t[0].append(t)
del t
print(gc.collect())
