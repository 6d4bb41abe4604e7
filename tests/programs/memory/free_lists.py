# Objects that die go back to free lists (tuples by length, lists, dicts,
# floats) and the next object of their size takes the block. Whatever the
# allocator does, a new object must behave as a fresh one: no stale items,
# keys or cached hashes, the same size, the collector's tracking state of a
# new object, and dead objects invisible to gc.get_objects().
import gc
import sys
import weakref
import tracemalloc


def fresh_tuples():
    # Every length 0..25 (the free lists keep 1..20), made and dropped many
    # times; each new tuple must hash and compare as a freshly built one.
    ok = True
    for rep in range(50):
        for n in range(26):
            t = tuple(range(rep, rep + n))
            if len(t) != n or list(t) != list(range(rep, rep + n)):
                ok = False
            if hash(t) != hash(tuple(list(t))):
                ok = False
            del t
    print("tuples of every length", ok)


def stale_hash():
    # A tuple whose hash was cached dies; the next tuple of its length gets
    # its block and must not report the old hash.
    hashes = set()
    for i in range(200):
        a = (i, "x", i * 2)
        h = hash(a)
        del a
        b = (i + 1, "x", (i + 1) * 2)
        if hash(b) == h or hash(b) != hash((i + 1, "x", (i + 1) * 2)):
            print("stale hash at", i)
            return
        hashes.add(hash(b))
        del b
    print("no stale hashes", len(hashes))


def fresh_lists_and_dicts():
    ok = True
    for i in range(500):
        l = [i, i + 1, [i]]
        d = {"a": i, "b": l, i: "c"}
        del l, d
        l2 = []
        d2 = {}
        if l2 or d2 or len(l2) != 0 or list(d2) != [] or "a" in d2:
            ok = False
        l2.append(i)
        d2["z"] = i
        if l2 != [i] or d2 != {"z": i} or list(d2.items()) != [("z", i)]:
            ok = False
    print("lists and dicts start empty", ok)


def sizes_unchanged():
    before = [sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)),
              sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(1.5)]
    junk = []
    for i in range(3000):
        junk.append(((i,), (i, i, i), [i], {i: i}, i * 0.5))
    del junk
    after = [sys.getsizeof(()), sys.getsizeof((1,)), sys.getsizeof((1, 2, 3)),
             sys.getsizeof([]), sys.getsizeof({}), sys.getsizeof(1.5)]
    print("getsizeof unchanged", before == after)
    l = []
    for i in range(10):
        l.append(i)
    grown = sys.getsizeof(l)
    del l
    l = []
    print("a reused list has no items buffer", sys.getsizeof(l) < grown)


def tracking():
    for i in range(3):
        t = (i, i + 1)
        print("new tuple tracked", gc.is_tracked(t))
        gc.collect()
        print("atomic tuple after a collection", gc.is_tracked(t))
        d = {}
        print("new dict tracked", gc.is_tracked(d))
        d["k"] = [i]
        print("dict holding a list tracked", gc.is_tracked(d))
        l = []
        print("new list tracked", gc.is_tracked(l))
        del t, d, l


class Marker:
    pass


def dead_objects_are_not_objects():
    marker = Marker()
    for _ in range(100):
        t = (marker, 1)
        l = [marker]
        d = {"m": marker}
        del t, l, d
    found = 0
    for o in gc.get_objects():
        if type(o) in (tuple, list, dict):
            if isinstance(o, dict):
                if any(v is marker for v in o.values()):
                    found += 1
            elif any(x is marker for x in o):
                found += 1
    print("dead containers in gc.get_objects()", found)
    print("marker referenced only by us", sys.getrefcount(marker) - 1)


class L(list):
    pass


class D(dict):
    pass


class T(tuple):
    pass


def subclasses_and_weakrefs():
    died = []
    refs = []
    for i in range(30):
        objs = [L([i]), D(a=i), T((i, i)), [i], {"a": i}, (i, i)]
        # A tuple subclass has no __weakref__ slot (as in CPython).
        for o in objs[:2]:
            refs.append(weakref.ref(o, lambda r: died.append(1)))
        del objs, o
    print("subclass instances died", len(died), all(r() is None for r in refs))
    t = T((1, 2))
    print(type(t).__name__, t == (1, 2), hash(t) == hash((1, 2)), t + (3,))
    for obj in ([], {}, (1, 2)):
        try:
            weakref.ref(obj)
        except TypeError as e:
            print(e)
    x = L([1, 2])
    y = [1, 2]
    print(type(x).__name__, x == y, type(y).__name__, sys.getsizeof(x) > sys.getsizeof(y))


def deep_nesting():
    t = ()
    for i in range(100000):
        t = (t, i)
    l = []
    for i in range(100000):
        l = [l]
    del t, l
    t = (1, 2)
    print("after deep frees", t, [3], {4: 5})


def collection_clears_lists():
    for i in range(1000):
        x = (i, i)
        y = [i]
        z = {i: i}
    del x, y, z
    gc.collect()
    a = [(i, [i], {i: i}) for i in range(100)]
    print("after a full collection", len(a), a[7], a[99][2])


def churn():
    for i in range(5000):
        t = (i, i, i)
        l = [t]
        d = {"t": t}
        del t, l, d


def traced():
    # The first round may grow the interpreter's own tables; the second
    # must leave the traced memory where it was.
    tracemalloc.start()
    churn()
    t0 = tracemalloc.get_traced_memory()[0]
    churn()
    grown = tracemalloc.get_traced_memory()[0] - t0
    tracemalloc.stop()
    print("tracemalloc sees the frees", grown < 1024)


fresh_tuples()
stale_hash()
fresh_lists_and_dicts()
sizes_unchanged()
tracking()
dead_objects_are_not_objects()
subclasses_and_weakrefs()
deep_nesting()
collection_clears_lists()
traced()
