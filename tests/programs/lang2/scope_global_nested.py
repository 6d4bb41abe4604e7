# A `global` declaration in a function hides the enclosing function's
# local of that name from the functions nested inside it.
x = 7


def f():
    x = 1

    def g():
        global x

        def i():
            def h():
                return x

            return h()

        return i()

    return g(), x


print(f(), x)


def f2():
    x = 1

    def g():
        global x
        x = 2

        def i():
            return x

        return i()

    return g(), x


print(f2(), x)


def f3():
    y = "enclosing"

    def g():
        def h():
            return y

        return h()

    return g()


print(f3())


# The same inside exec'd source.
exec("""if 1:
    z = 5
    def outer():
        z = 1
        def mid():
            global z
            def inner():
                return z
            return inner()
        return mid()
    print(outer())
""")


# Class bodies with `global` do not affect their methods.
w = 12


class Global:
    global w
    w = 13

    def set(self, val):
        w = val

    def get(self):
        return w


g = Global()
print(g.get())
g.set(15)
print(g.get(), w)

# Code objects with free variables cannot be run by exec or eval.


def make(v):
    return lambda: v + 1


code = make(3).__code__
for run in (eval, exec):
    try:
        run(code)
    except TypeError as e:
        print(run.__name__, "TypeError:", e)
