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
print(len(gc.get_count()))
print(type(gc.get_stats()), len(gc.get_stats()))
print(sorted(gc.get_stats()[0].keys()))
print(gc.is_tracked(1), gc.is_tracked("a"), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": 1}), gc.is_tracked({"a": []}))
print(gc.is_tracked(()), gc.is_tracked((1, 2)), gc.is_tracked(([],)))
class C: pass
print(gc.is_tracked(C()), gc.is_tracked(C))
print(gc.is_tracked(set()), gc.is_tracked(frozenset()))
print(gc.garbage)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.get_debug())
l = [1, 2]
r = [l]
print(l in gc.get_referrers(l) , any(x is r for x in gc.get_referrers(l)))
print(gc.get_referents([1, "a", None]))
print(gc.get_referents({"k": "v"}))
print(gc.get_referents(1))
print(gc.freeze() is None)
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(2) >= 0)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
print(gc.callbacks)
