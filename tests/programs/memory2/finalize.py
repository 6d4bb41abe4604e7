import weakref, gc
class R:
    pass
def done(name):
    print("finalized", name)
    return name * 2
r = R()
f = weakref.finalize(r, done, "r")
print(f.alive)
print(f.peek()[2:])
del r
print(f.alive)
print(f())
r2 = R()
f2 = weakref.finalize(r2, done, "r2")
print(f2())
print(f2.alive, f2())
del r2
r3 = R()
f3 = weakref.finalize(r3, done, "r3")
print(f3.detach()[2:])
print(f3.alive)
del r3
r4 = R()
f4 = weakref.finalize(r4, done, "at-exit")
print(f4.atexit)
r5 = R()
f5 = weakref.finalize(r5, done, "no-atexit")
f5.atexit = False
r6 = R()
f6 = weakref.finalize(r6, print, "kw", sep="-", end="!\n")
del r6
def cb(*a, **k): print("cb", a, k)
r7 = R()
weakref.finalize(r7, cb, 1, 2, x=3)
r7 = None
print("end")
