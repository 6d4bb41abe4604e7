# Loads feeding an operator are fused into one instruction by the VM; every
# case that leaves the machine-int fast path must behave as the plain
# instructions do.
import sys


def arith(n):
    a = n + 1
    b = n - 1
    c = n * 3
    d = n // 4
    e = n % 4
    f = n // -4
    g = n % -4
    return a, b, c, d, e, f, g


for n in (0, 7, -7, 2**62, -(2**63), 2**63 - 1):
    print(arith(n))


def mixed(x, y):
    s = x + y
    t = 2 * x
    u = x * y
    return s, t, u


print(mixed(1.5, 2))
print(mixed(3, 4))


def concat(x, y):
    return x + y, 2 * x


print(concat([1], [2]), concat("a", "b"))
print(mixed(True, True))
print(mixed(sys.maxsize, sys.maxsize))


def compares(n, m):
    out = []
    if n < 2:
        out.append("lt")
    if n >= m:
        out.append("ge")
    out.append(n == 3)
    out.append(n != m)
    r = n < m
    out.append(r)
    return out


for pair in ((1, 2), (3, 3), (5, 1), (1.5, 2), (2**70, 2**70)):
    print(compares(*pair))


def strcmp(a, b):
    return a < b, a == b


print(strcmp("a", "b"), strcmp("b", "b"))


def divides(n):
    try:
        return n // 0
    except ZeroDivisionError as e:
        return str(e)


print(divides(5), divides(5.0))


def modzero(n):
    return n % 0


try:
    modzero(3)
except ZeroDivisionError as e:
    print("mod:", e)


def unbound_left():
    if False:
        x = 1
    return x + 1


def unbound_right():
    y = 1
    if False:
        z = 1
    return y < z


def unbound_after_del():
    w = 5
    del w
    return w * 2


for f in (unbound_left, unbound_right, unbound_after_del):
    try:
        f()
    except UnboundLocalError as e:
        print(type(e).__name__, e)


def store_elsewhere(n):
    total = 0
    i = 0
    while i < n:
        total = i + total
        i += 1
    return total, i


print(store_elsewhere(10), store_elsewhere(0))


def overflow_chain(n):
    x = n
    for _ in range(70):
        x = x * 2
    return x


print(overflow_chain(1), overflow_chain(-3))


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

    def __repr__(self):
        return f"Num({self.v})"


def objs(a):
    b = a + 1
    c = a + b
    return b, c, a < 3, b < a


print(objs(Num(1)))


def bad(n):
    return n + "x"


try:
    bad(1)
except TypeError as e:
    print(e)


# An operator whose left operand is already on the stack and whose right
# operand is a constant.
def tos_const(n):
    a = n * n + 1
    b = (n % 2) == 0
    c = len([n]) < 3
    d = (n * 2) // 3
    e = str(n) + "!"
    f = (n + 0.5) * 2
    g = n * n > 10
    return a, b, c, d, e, f, g


for n in (0, 3, -5, 2**40, 2**62):
    print(tos_const(n))


def tos_branch(items):
    out = []
    for x in items:
        if x * 1 == 4:
            out.append("four")
        elif x % 3 != 0:
            out.append("odd-ish")
        else:
            out.append(x * 1 - 1)
    return out


print(tos_branch([4, 5, 6, 9, 4.0, 7.5]))


def tos_errors():
    for f in (lambda x: (x + 0) // 0, lambda x: (x * 1) % 0, lambda x: [x] + 1, lambda x: (x,) < 1):
        try:
            f(2)
        except (ZeroDivisionError, TypeError) as e:
            print(type(e).__name__, e)


tos_errors()


def subscripts(seq, i):
    a = seq[0]
    b = seq[-1]
    c = seq[i]
    return a, b, c


print(subscripts([1, 2, 3], 1), subscripts((4, 5, 6), -2), subscripts("xyz", 2))
print(subscripts({0: "a", -1: "b", 7: "c"}, 7), subscripts(range(10, 20), 5))
for args in (([1], 3), ([], 0), ({}, 0)):
    try:
        subscripts(*args)
    except (IndexError, KeyError) as e:
        print(type(e).__name__, e)
try:
    subscripts([1, 2], "k")
except TypeError as e:
    print(e)


def floats(x, y):
    s = x + y
    d = x - 1.5
    m = 2 * x
    q = x / y
    p = x * y + 0.25
    return s, d, m, q, p


print(floats(1.5, 2), floats(3, 0.5), floats(1e308, 1e308), floats(-0.0, 1))
for args in ((1.0, 0.0), (1, 0), (2.5, 0)):
    try:
        floats(*args)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
print(floats(float("inf"), 1.0), floats(float("nan"), 2.0)[0] != floats(float("nan"), 2.0)[0])


def powers(x, y):
    a = x ** y
    b = x ** 2
    c = x / y
    d = 2 ** x
    return a, b, c, d


for args in ((2, 10), (3, 1), (-2, 3), (2.0, 0.5), (9, 0.5), (10.5, 3), (7, 2), (40, 3), (-8, 2), (10, 63)):
    print(powers(*args))
print(powers(2, -1), powers(2.5, -2))
for args in ((3, 0), (0.0, -1), (1e200, 2), (10.0, 400)):
    try:
        print(powers(*args))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(7 / 2, -7 / 2, (2**53 + 1) / 3, (2**60) / 7, 1 / 3)
bad(2)
