# The gc module's interface.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"k": 1}), gc.is_tracked({"k": []}), gc.is_tracked((1, 2)))

class C:
    pass

print(gc.is_tracked(C()), gc.is_tracked(C))
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())

x = [1, 2]
y = [x]
print(any(o is y for o in gc.get_referrers(x)))
print(gc.get_referents([1, "a", x]) == [1, "a", x])
print(x in gc.get_referents(y))
print(any(o is y for o in gc.get_objects()))

events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"]))
gc.callbacks.append(cb)
z = []
z.append(z)
del z
gc.collect()
gc.callbacks.remove(cb)
print(events)

gc.set_debug(gc.DEBUG_SAVEALL)
w = []
w.append(w)
del w
print(gc.collect(), len(gc.garbage), type(gc.garbage[0]).__name__)
gc.set_debug(0)
gc.garbage.clear()

print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
