def inner():
    yield 1
    yield 2
def outer():
    yield 0
    yield from inner()
    yield 3
g = outer()
print(g.gi_yieldfrom)
next(g)
print(g.gi_yieldfrom)
next(g)
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
next(g)
print(g.gi_yieldfrom.gi_yieldfrom, g.gi_yieldfrom.gi_suspended)
next(g)
print(g.gi_yieldfrom)
def over_list():
    yield from [10, 20]
h = over_list()
next(h)
print(type(h.gi_yieldfrom).__name__)
list(h)
print(h.gi_yieldfrom)
