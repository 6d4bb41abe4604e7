def add(a, b=1, *args, key=None, **kw):
    return a + b

print(add(1, 2), add(3, key=4))
