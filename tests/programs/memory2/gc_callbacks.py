import gc
gc.collect()
log = []
def cb(phase, info):
    log.append((phase, info["generation"], sorted(info)))
gc.callbacks.append(cb)
gc.collect()
print(log)
log.clear()
class A: pass
a = A(); a.a = a
del a
gc.collect(1)
print(log)
def cb2(phase, info):
    if phase == "stop":
        print("collected", info["collected"], "uncollectable", info["uncollectable"])
gc.callbacks.append(cb2)
b = []; b.append(b)
del b
gc.collect()
gc.callbacks.clear()
print(gc.collect())
