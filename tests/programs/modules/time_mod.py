# time: clocks move forward, sleep waits, errors match CPython
import time
t0 = time.time(); p0 = time.perf_counter(); m0 = time.monotonic(); n0 = time.perf_counter_ns(); c0 = time.process_time()
time.sleep(0.02)
print(time.time() - t0 >= 0.015, time.perf_counter() - p0 >= 0.015, time.monotonic() >= m0)
print(time.perf_counter_ns() - n0 >= 15_000_000, type(time.time_ns()).__name__, time.time_ns() > 1_600_000_000 * 10**9)
print(type(time.process_time()).__name__, time.process_time() >= c0, time.time() > 1.6e9)
total = 0
for i in range(200000):
    total += i
print(time.process_time() >= c0)
time.sleep(0)
for bad in ["time.sleep(-1)", "time.sleep('x')", "time.sleep()", "time.time(1)"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
