import sys
def sz(label, d):
    print(label, len(d), sys.getsizeof(d))
sz("empty", {})
sz("dict()", dict())
sz("kw", dict(a=1, b=2, c=3))
sz("zip", dict(zip("abcdefg", range(7))))
sz("pairs", dict([(1, 2), (3, 4)]))
sz("comp str", {str(i): i for i in range(12)})
sz("comp int", {i: i for i in range(12)})
big = {i: i for i in range(50)}
sz("copy big", big.copy())
sz("dict(big)", dict(big))
sz("fromkeys str", dict.fromkeys("abcdefghij"))
d = {}
d.update({i: i for i in range(20)})
sz("update", d)
d = {"a": 1}
d[1] = 2
sz("mixed", d)
d = {"a": 1, "b": 2}
for k in list(d):
    del d[k]
sz("emptied str", d)
d["z"] = 1
sz("refilled", d)
d = {}
for i in range(6):
    d[i] = i
d.popitem()
sz("popitem", d)
d.clear()
sz("clear", d)
d = {1: 1}
d |= {2: 2, 3: 3}
sz("ior", d)
sz("or", {1: 1} | {2: 2})
s = {}
s.setdefault("x", []).append(1)
sz("setdefault", s)
