# Pins *args, **kwargs, keyword-only and positional-only parameters, and unpacking in calls.
def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, c=3))
print(f(*[1, 2], *(3,), **{"x": 1}, y=2, **{"z": 3}))
def kwonly(a, *, k, m=5):
    return a, k, m
print(kwonly(1, k=2), kwonly(a=0, k=1, m=2))
def posonly(a, b, /, c, d=4):
    return a, b, c, d
print(posonly(1, 2, 3), posonly(1, 2, c=9), posonly(1, 2, 3, d=0))
def both(a, /, b, *, c):
    return a + b + c
print(both(1, 2, c=3), both(1, b=2, c=3))
def collect(first, *rest):
    return first, rest, len(rest)
print(collect(1), collect(1, 2, 3), collect(*"abc"))
def kw_names(**kw):
    out = []
    for k in kw:
        out.append(k + "=" + str(kw[k]))
    return ",".join(out)
print(kw_names(z=1, a=2, m=3), kw_names(), kw_names(**{"a": 1}, b=2))
def posonly_kwargs(a, /, **kw):
    return a, kw
print(posonly_kwargs(1, a=2))
args = (1, 2)
kw = {"c": 3}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kw), three(*args, 3), three(1, *[2, 3]), three(**{"a": 1, "b": 2, "c": 3}))
print(max(*[3, 9, 2]), print(*["x", "y"], sep="-"), "{}-{}".format(*"ab"))
def star_only(*, a=1, b):
    return a, b
print(star_only(b=2), star_only(b=3, a=4))
