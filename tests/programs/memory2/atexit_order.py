import atexit, weakref
class R:
    def __del__(self):
        print("R.__del__")
def bye(name, punct="!"):
    print("bye", name + punct)
atexit.register(bye, "first")
r = R()
f = weakref.finalize(r, print, "finalizer ran")
atexit.register(bye, "second", punct="?")
@atexit.register
def decorated():
    print("decorated")
def removed():
    print("never")
atexit.register(removed)
atexit.unregister(removed)
try:
    atexit.register(5)
except TypeError as e:
    print(e)
c = R()
c.me = c
del c
print("end of script")
