import tracemalloc
print(tracemalloc.is_tracing())
tracemalloc.start()
print(tracemalloc.is_tracing())
cur, peak = tracemalloc.get_traced_memory()
print(cur >= 0, peak >= cur)
data = [bytes(1000) for _ in range(100)]
cur2, peak2 = tracemalloc.get_traced_memory()
print(cur2 > cur + 90000, peak2 >= cur2)
del data
cur3, peak3 = tracemalloc.get_traced_memory()
print(cur3 < cur2, peak3 >= cur2)
tracemalloc.reset_peak()
cur4, peak4 = tracemalloc.get_traced_memory()
print(peak4 < peak3)
snap = tracemalloc.take_snapshot()
print(type(snap).__name__)
stats = snap.statistics("lineno")
print(type(stats), type(stats[0]).__name__ if stats else None)
tracemalloc.stop()
print(tracemalloc.is_tracing())
print(tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(e)
print(tracemalloc.get_tracemalloc_memory() >= 0)
