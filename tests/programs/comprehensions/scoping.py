# Pins comprehension scoping: loop vars don't leak, first iterable evaluated in enclosing scope, closures capture late, class-body rules.
x = "outer"
lst = [x for x in range(3)]
print(x, lst)
gen = (x for x in "ab")
print(x, list(gen))
{x: 1 for x in range(2)}
{x for x in range(2)}
print(x)
try:
    [y for y in range(2)]
    print(y)
except NameError as e:
    print(type(e).__name__, e)
def f():
    total = 10
    return [total + i for i in range(3)]
print(f())
def g():
    items = [1, 2, 3]
    return [i * n for i in items for n in items if n == i]
print(g())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
funcs2 = [lambda i=i: i for i in range(3)]
print([fn() for fn in funcs2])
class K:
    base = 10
    vals = [base * 2 for _ in range(2)] if False else None
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
print(K.doubled, K.vals)
class K2:
    n = 5
    try:
        bad = [n for _ in range(2)]
    except NameError as e:
        err = str(e)
print(K2.err)
def outer():
    data = range(4)
    def inner():
        return [d * 2 for d in data]
    return inner()
print(outer())
count = 0
def bump():
    global count
    count += 1
    return count
print([bump() for _ in range(3)], count)
i = 100
print([[i for i in range(2)] for i in range(2)], i)
def late():
    r = [lambda: k for k in "xyz"]
    return "".join(fn() for fn in r)
print(late())
print([n for n in range(5)][-1], sum(m for m in range(4)))
try:
    n
except NameError as e:
    print(type(e).__name__, e)
