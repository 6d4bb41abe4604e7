# Hashing deeply nested tuples needs no recursion limit (CPython hashes
# them in C), while comparing two equal deep tuples still raises
# RecursionError, as in CPython.


def build(n):
    t = ()
    for i in range(n):
        t = (t, i)
    return t


chain = ()
for _ in range(10000):
    chain = (chain,)
print(hash(chain) == hash(chain), type(hash(chain)).__name__)

deep = build(100000)
print(type(hash(deep)).__name__, {deep: 1}[deep], deep in {deep}, deep == deep)

a, b = build(10000), build(10000)
print(hash(a) == hash(b), a is b)
try:
    print(a == b)
except RecursionError as e:
    print('RecursionError:', e)

print(hash((1, (2, (3,)))), hash(((), ((),))), hash((1, 2, (True, 2.5, -1))))


class Seven:
    def __hash__(self):
        return 7


class FiveTuple(tuple):
    def __hash__(self):
        return 5


print(hash((Seven(), (Seven(),))) == hash((7, (7,))), hash(FiveTuple()), hash(((FiveTuple(),),)) == hash(((5,),)))
try:
    hash((1, ([],)))
except TypeError as e:
    print('TypeError:', e)
