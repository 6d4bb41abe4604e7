a = [1, 2]
b = a
print(id(a) == id(b))
c = a[:]
print(id(a) == id(c), a == c)
x = 5
ix = id(x)
x += 1
print(id(x) == ix)
l = [1]
il = id(l)
l += [2]
print(id(l) == il)
t = (1,)
it = id(t)
t += (2,)
print(id(t) == it)
s = "ab"
i1 = id(s)
s += "c"
print(id(s) == i1)
print(id(None) == id(None), id(True) == id(1 == 1))
def f(): pass
print(id(f) == id(f))
print(isinstance(id(a), int), id(a) > 0)
keep = [object() for _ in range(3)]
print(len({id(o) for o in keep}))
