import gc
gc.collect()
print(gc.get_count()[1:], gc.get_threshold())
gc.disable()
before = gc.get_count()[0]
junk = [[] for _ in range(50)]
print(gc.get_count()[0] - before >= 50)
gc.collect(0)
print(gc.get_count()[0] < 5)
gc.collect()
print(gc.get_count())
stats = gc.get_stats()
print([sorted(s) for s in stats])
n0 = stats[2]["collections"]
gc.collect(2)
print(gc.get_stats()[2]["collections"] - n0)
gc.enable()
gc.set_threshold(0)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
class Cyc:
    def __init__(self): self.me = self
for i in range(5):
    Cyc()
print(gc.collect())
print(gc.collect())
