# Pins list.sort: key, reverse, stability, keyword-only errors, the empty list seen by keys, and "list modified during sort".
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [5, 2, 9, 1, 5, 6, -3, 0]
print(a.sort(), a)
a.sort(reverse=True)
print(a)
words = ["pear", "Fig", "apple", "kiwi", "Banana", "date", "fig"]
words.sort()
print(words)
words.sort(key=lambda w: w[::-1])
print(words)
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c"), (2, "c")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
pairs.sort()
print(pairs)
mixed = [3, 1.5, True, 2, -0.5, False]
mixed.sort()
print(mixed)
nested = [[3, 1], [2], [3, 0], [], [2, 5]]
nested.sort()
print(nested)
big = [(i * 7919) % 1000 for i in range(300)]
big.sort()
print(big[:10], big[-5:], big == sorted(big))
big.sort(key=lambda v: -v)
print(big[:5])
keyed = list(range(20))
keyed.sort(key=lambda v: v % 3)
print(keyed)
keyed.sort(key=lambda v: v % 4, reverse=True)
print(keyed)
for flag in [0, 1, True, False, -7]:
    r = [2, 3, 1]
    r.sort(reverse=flag)
    print(flag, r)
r = [1, 3, 2]
r.sort(key=None)
print(r)
e = []
e.sort(key=1)
print(e)
show("positional", lambda: [2, 1].sort(1))
show("positional+kw", lambda: [2, 1].sort(1, key=None))
show("too many", lambda: [2, 1].sort(1, 2, 3))
show("bad kw", lambda: [2, 1].sort(cmp=None))
show("reverse none", lambda: [1].sort(reverse=None))
show("reverse str", lambda: [1].sort(reverse="yes"))
show("reverse float", lambda: [1].sort(reverse=1.0))
show("reverse big", lambda: [1].sort(reverse=2 ** 40))
show("key not callable", lambda: [2, 1].sort(key=5))
show("unorderable", lambda: [1, "a"].sort())
show("unorderable2", lambda: [None, None].sort())
show("unbound", lambda: list.sort())

seen = []
def peek(v):
    seen.append(len(target))
    return v
target = [3, 1, 2]
target.sort(key=peek)
print(seen, target)

def grower(v):
    target.append(v)
    return v
target = [3, 1, 2]
show("append during sort", lambda: target.sort(key=grower))
print(target)

def inserter(v):
    target.insert(0, v)
    return v
target = [3, 1, 2]
show("insert during sort", lambda: target.sort(key=inserter))
print(target)

def extender(v):
    target.extend([v, v])
    return v
target = [3, 1, 2]
show("extend during sort", lambda: target.sort(key=extender))
print(target)

def clearer(v):
    target.clear()
    return v
target = [3, 1, 2]
show("clear during sort", lambda: target.sort(key=clearer))
print(target)

def failing(v):
    target.append(v)
    if v == 1:
        raise KeyError(v)
    return v
target = [3, 1, 2]
show("key error wins", lambda: target.sort(key=failing))
print(target)

class Desc:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "D%d" % self.v

ds = [Desc(1), Desc(3), Desc(2)]
ds.sort()
print(ds)
ds.sort(reverse=True)
print(ds)
