# Pins yield from: delegation, return value of subgenerator, StopIteration.value, yield from iterables, nesting.
def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    r1 = yield from inner(2)
    print("inner returned", r1)
    r2 = yield from inner(3)
    print("inner returned", r2)
    yield from "xy"
    yield from [r1, r2]
    return "outer-done"

g = outer()
print(list(g))
g = outer()
res = []
while True:
    try:
        res.append(next(g))
    except StopIteration as e:
        print("stop value", repr(e.value))
        break
print(res)
def ret_only():
    return 5
    yield
try:
    next(ret_only())
except StopIteration as e:
    print("value", e.value, e.args)
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def tree(depth):
    if depth == 0:
        return 1
    total = 0
    total += yield from tree(depth - 1)
    yield depth
    total += yield from tree(depth - 1)
    return total
def drive(g):
    vals = []
    try:
        while True:
            vals.append(next(g))
    except StopIteration as e:
        return vals, e.value
print(drive(tree(3)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain(range(3), (x for x in "ab"), {"k": 1}, [None])))
def noret():
    yield 1
def wrap():
    r = yield from noret()
    yield r
print(list(wrap()))
