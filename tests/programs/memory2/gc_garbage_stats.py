import gc
gc.collect()
class Leaky:
    pass
def make_cycles(n):
    for _ in range(n):
        a = Leaky(); b = Leaky()
        a.b = b; b.a = a
make_cycles(10)
print(gc.collect())
make_cycles(3)
print(gc.collect(0) + gc.collect())
lst = []
lst.append(lst)
del lst
d = {}
d[1] = d
del d
print(gc.collect())
class WithSlots:
    __slots__ = ("other",)
w1 = WithSlots(); w2 = WithSlots()
w1.other = w2; w2.other = w1
del w1, w2
print(gc.collect())
print(gc.garbage)
