# Pins an exception raised while handling another: chained traceback, last line is the new error.
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise RuntimeError("lookup failed for " + repr(k))
print(lookup({"a": 1}, "a"))
lookup({}, "zz")
