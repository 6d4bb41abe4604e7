import tracemalloc
print(tracemalloc.is_tracing())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
before, _ = tracemalloc.get_traced_memory()
data = [str(i) * 10 for i in range(10000)]
after, peak = tracemalloc.get_traced_memory()
print(after - before > 100000, peak >= after)
snap = tracemalloc.take_snapshot()
stats = snap.statistics('lineno')
top = stats[0]
print(top.traceback[0].filename.endswith('t1.py'), top.traceback[0].lineno)
print(top.count >= 10000, top.size > 100000)
print(str(top).startswith(top.traceback[0].filename + ':6: size='))
del data
now, _ = tracemalloc.get_traced_memory()
print(now < after)
snap2 = tracemalloc.take_snapshot()
diff = snap2.compare_to(snap, 'lineno')
print(diff[0].size_diff < 0, diff[0].traceback[0].lineno)
f = snap.filter_traces([tracemalloc.Filter(True, __file__)])
print(type(f).__name__)
tracemalloc.reset_peak()
a, p = tracemalloc.get_traced_memory()
print(p >= a)
tracemalloc.clear_traces()
print(tracemalloc.get_traced_memory()[0] < 10000)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print(e)
print(tracemalloc.get_object_traceback(object()))
tracemalloc.start(5)
def make():
    return 'x' * 100000
s = make()
tb = tracemalloc.get_object_traceback(s)
print([fr.lineno for fr in tb], tb.total_nframe)
print(tb.format()[-1].strip())
print(tracemalloc.get_tracemalloc_memory() > 0)
tracemalloc.stop()
