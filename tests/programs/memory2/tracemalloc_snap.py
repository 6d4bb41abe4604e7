import tracemalloc
tracemalloc.start()
s1 = tracemalloc.take_snapshot()
data = [str(i) * 10 for i in range(1000)]
s2 = tracemalloc.take_snapshot()
stats = s2.compare_to(s1, "lineno")
print(type(stats).__name__, len(stats) > 0)
top = stats[0]
print(type(top).__name__, top.size_diff > 0, top.count_diff > 0)
print(hasattr(top, "traceback"))
st = s2.statistics("filename")
print(len(st) >= 1, st[0].size > 0)
cur, peak = tracemalloc.get_traced_memory()
print(cur > 10000, peak >= cur)
del data
cur2, _ = tracemalloc.get_traced_memory()
print(cur2 < cur)
tracemalloc.stop()
print(tracemalloc.get_traced_memory())
print(tracemalloc.is_tracing())
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
