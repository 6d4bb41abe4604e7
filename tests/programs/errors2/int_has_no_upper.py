def f(x): return x.upper()
f(5)
