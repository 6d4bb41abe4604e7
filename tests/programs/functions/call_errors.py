# Pins CPython's messages for bad calls: missing/extra/unexpected/multiple/keyword-only args, non-callables.
def f(x):
    return x
def g(a, b):
    return a + b
def h(x, *, k):
    return x, k
def p(a, /, b):
    return a, b
def many(a, b, c, d=1):
    return a
def attempt(label, thunk):
    try:
        thunk()
        print(label, "ok")
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt("missing1", lambda: f())
attempt("missing2", lambda: g())
attempt("missing-b", lambda: g(1))
attempt("missing3", lambda: many())
attempt("missing-bc", lambda: many(1))
attempt("too-many", lambda: g(1, 2, 3))
attempt("too-many-f", lambda: f(1, 2))
attempt("too-many-dflt", lambda: many(1, 2, 3, 4, 5))
attempt("unexpected", lambda: f(1, z=2))
attempt("unexpected-only", lambda: f(z=2))
attempt("multiple", lambda: f(1, x=2))
attempt("multiple-g", lambda: g(1, 2, a=3))
attempt("kwonly-missing", lambda: h(1))
attempt("kwonly-positional", lambda: h(1, 2))
attempt("posonly-as-kw", lambda: p(a=1, b=2))
five, text, nothing, items = 5, "abc", None, [1, 2]
attempt("int-call", lambda: five())
attempt("str-call", lambda: text())
attempt("none-call", lambda: nothing(1))
attempt("list-call", lambda: items(0))
attempt("lambda-missing", lambda: (lambda q: q)())
attempt("lambda-extra", lambda: (lambda: 0)(1))
attempt("star-non-iterable", lambda: f(*5))
attempt("kw-non-mapping", lambda: f(**[1]))
attempt("kw-dup", lambda: g(**{"a": 1}, **{"a": 2}))
attempt("builtin-len", lambda: len())
attempt("builtin-len2", lambda: len(1, 2))
attempt("builtin-kw", lambda: len(obj=[1]))
attempt("builtin-abs", lambda: abs("x"))
attempt("fine", lambda: g(b=1, a=2))
