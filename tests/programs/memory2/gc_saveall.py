import gc
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug())
class X: pass
x = X(); x.me = x
del x
n = gc.collect()
print(n)
print(len(gc.garbage), [type(o).__name__ for o in gc.garbage])
gc.set_debug(0)
for o in gc.garbage:
    if isinstance(o, X):
        o.me = None
gc.garbage.clear()
print(gc.collect())
l = []; l.append(l)
gc.set_debug(gc.DEBUG_SAVEALL)
del l
print(gc.collect())
print(type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
gc.garbage[0].clear()
gc.garbage.clear()
gc.set_debug(0)
print(gc.collect())
