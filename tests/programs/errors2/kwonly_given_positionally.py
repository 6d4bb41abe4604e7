def f(*, key): pass
f(1)
