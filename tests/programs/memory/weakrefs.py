# weakref: ref with callbacks, sharing, equality, proxies, containers.
import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return "Obj(%s)" % self.name

o = Obj("a")
r1 = weakref.ref(o, lambda r: print("callback 1, dead:", r() is None))
r2 = weakref.ref(o, lambda r: print("callback 2"))
r3 = weakref.ref(o)
r4 = weakref.ref(o)
print(r3 is r4, r1 is r2, r1 == r2, weakref.getweakrefcount(o))
print(r1() is o, r1().name)
print(hash(r3) == hash(o))
del o
print("after del")
print(r1(), r3())

for bad in ([], {}, 1, "s", (1,)):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)

c = Obj("cyc")
c.me = c
wc = weakref.ref(c, lambda r: print("cycle callback"))
del c
print("collected:", gc.collect())
print(wc())

p_target = Obj("proxied")
p = weakref.proxy(p_target)
print(p.name)
p.name = "renamed"
print(p_target.name)
del p_target
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)

wvd = weakref.WeakValueDictionary()
k1 = Obj("v1"); k2 = Obj("v2")
wvd["one"] = k1
wvd["two"] = k2
print(len(wvd), sorted(wvd.keys()))
del k1
print(len(wvd), sorted(wvd.keys()), "one" in wvd)

wkd = weakref.WeakKeyDictionary()
key = Obj("key")
wkd[key] = 42
print(len(wkd), wkd[key])
del key
print(len(wkd))

ws = weakref.WeakSet()
e1 = Obj("e1"); e2 = Obj("e2")
ws.add(e1); ws.add(e2)
print(len(ws), e1 in ws)
del e2
print(len(ws))

def done(msg):
    print("finalize:", msg)

target = Obj("t")
fin = weakref.finalize(target, done, "target died")
print(fin.alive)
del target
print(fin.alive)
later = Obj("later")
weakref.finalize(later, done, "at exit")
print("end")
