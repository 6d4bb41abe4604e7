# A class freed and another made, possibly at the same address: a call site
# cached for the first must not use its method for the second.
import gc
def call(o):
    return o.m()
for i in range(200):
    if i % 2:
        class K:
            def m(self):
                return "odd"
    else:
        class K:
            def m(self):
                return "even"
            x = 1
    r = call(K())
    assert r == ("odd" if i % 2 else "even"), (i, r)
    del K
    gc.collect()
print("ok")
