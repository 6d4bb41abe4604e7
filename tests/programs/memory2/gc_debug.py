import gc, sys
gc.collect()
print(gc.get_debug())
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug() == gc.DEBUG_LEAK, gc.DEBUG_LEAK)
gc.set_debug(0)
class A: pass
gc.set_debug(gc.DEBUG_SAVEALL)
a = A(); a.a = a
b = [1]; b.append(b)
del a, b
print(gc.collect())
print(sorted(type(o).__name__ for o in gc.garbage))
gc.set_debug(0)
for o in gc.garbage:
    if isinstance(o, list):
        o.clear()
    elif isinstance(o, A):
        del o.a
del o
gc.garbage.clear()
print(gc.collect())
gc.freeze()
n = gc.get_freeze_count()
print(n > 0)
x = []
x.append(x)
del x
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect() >= 0)
print(gc.is_finalized(A()))
class F:
    def __del__(self): pass
f = F(); f.f = f
wr = None
del f
gc.collect()
