# collections types as mappings and sequences: ** unpacking, dict.update, json
from collections import Counter, defaultdict, OrderedDict, namedtuple
c = Counter("hello")
print({**c})
d = {}
d.update(c)
print(d)
def f(**kw): return kw
print(f(**c))
print(sorted(c.items()), list(c), len(c), "l" in c, c.get("l"), max(c, key=c.get))
P = namedtuple("P", "a b")
print("%s-%s" % P(1, 2) if False else "", tuple(P(1, 2)), list(zip(*[P(1, 2), P(3, 4)])))
print(str(P(1,2)), f"{P(1, 2)}", [P(1,2)], {P(1, 2): 1})
import itertools
print(type(itertools.count()), type(itertools.chain()))
import functools
print(functools.reduce(lambda a, b: a + b, map(str, range(5))))
import json
from collections import Counter, namedtuple, OrderedDict, defaultdict
P = namedtuple("P", "x y")
print(json.dumps({"c": Counter("aab"), "p": P(1, 2), "o": OrderedDict(a=1), "d": defaultdict(int)}))
