# Pins the set operators |, &, -, ^ (and in-place forms), subset comparisons, result types and unsupported-operand errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print(a | set(), a & set(), set() - a, set() ^ set())
f = frozenset([3, 9])
print(type(a | f).__name__, type(f | a).__name__, type(f & a).__name__, type(f - a).__name__, type(f ^ a).__name__)
print(sorted(f | a), sorted(f & a), sorted(f - a), sorted(f ^ a), f | f == f, (f & f) is f)
keep = a
a |= {10}
print(sorted(a), a is keep)
a &= {1, 2, 10, 11}
print(sorted(a), a is keep)
a -= {2}
print(sorted(a), a is keep)
a ^= {1, 7}
print(sorted(a), a is keep)
a |= a
a &= a
print(sorted(a), a is keep)
a ^= a
print(a, a is keep)
g = frozenset([1])
gk = g
g |= {2}
print(sorted(g), type(g).__name__, g is gk, sorted(gk))
g -= {1}
g &= {2, 3}
g ^= {4}
print(sorted(g), type(g).__name__)
x = {1, 2}
print(x < {1, 2, 3}, x < {1, 2}, x <= {1, 2}, x <= {1}, x > {1}, x > {1, 2}, x >= {1, 2}, x >= {3})
print(x == {2, 1}, x != {1, 2}, x == frozenset([1, 2]), frozenset() == set(), x == [1, 2], x != (1, 2))
print(frozenset([1]) < {1, 2}, {1} <= frozenset([1]), set() < {0}, set() <= set(), set() < set())
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} <= {1, 3}, {1, 2} >= {1, 3})
print({1.0, 2} == {1, 2.0}, {True} == {1}, {(1, 2)} <= {(1, 2), (3,)}, {frozenset([1])} == {frozenset([1.0])})
print(sorted({1, 2} | {2.0, 3}), {1} & {1.0}, {1.0} & {1}, {True, 2} & {1})
show("or list", lambda: {1} | [2])
show("list or", lambda: [2] | {1})
show("and tuple", lambda: {1} & (1,))
show("sub int", lambda: {1} - 1)
show("xor str", lambda: {1} ^ "a")
show("lt list", lambda: {1} < [1])
show("le int", lambda: {1} <= 1)
show("gt none", lambda: {1} > None)
show("ge frozen str", lambda: frozenset() >= "a")
show("plus", lambda: {1} + {2})
show("mul", lambda: {1} * 2)
def ior():
    s = {1}
    s |= [2]
    return s
show("ior statement", ior)
def isub():
    s = {1}
    s -= (1,)
    return s
show("isub statement", isub)
print(sorted({1, 2, 3} - {2} | {9} & {9, 8}), sorted(({1, 2} ^ {2, 3}) - {1}))
big1 = set(range(0, 300, 2))
big2 = set(range(0, 300, 3))
print(len(big1 | big2), len(big1 & big2), len(big1 - big2), len(big1 ^ big2), sorted(big1 & big2)[:5])
print(big1 & big2 <= big1, big1 < big1 | big2, (big1 ^ big2) | (big1 & big2) == big1 | big2)
