import gc
gc.collect()
class A:
    def __del__(self):
        print("A.__del__", type(self.partner).__name__)
class B:
    def __del__(self):
        print("B.__del__", type(self.partner).__name__)
a = A(); b = B()
a.partner = b; b.partner = a
del a, b
n = gc.collect()
print("collected", n)
print(gc.garbage)
survivors = []
class Lazarus:
    def __del__(self):
        print("Lazarus.__del__")
        survivors.append(self)
l = Lazarus()
l.me = l
del l
print(gc.collect())
print(len(survivors))
survivors[0].me = None
survivors.clear()
print("cleared")
print(gc.collect())
class Once:
    count = 0
    def __del__(self):
        Once.count += 1
        global o2
        o2 = self
o = Once(); o.c = o
del o
gc.collect()
del o2
gc.collect()
print("Once.count", Once.count)
