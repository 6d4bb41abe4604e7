def f(a, b=1, *args, c, **kw): pass
f()
