# Objects with __index__ stand in for ints wherever CPython asks for an index.
import operator


class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Bad:
    def __index__(self):
        return "x"


class Plain:
    pass


i = I(2)
m = I(-1)
cases = [
    "[1, 2, 3, 4][i]",
    "[1, 2, 3, 4][m]",
    "(1, 2, 3)[i]",
    "'abcd'[i]",
    "'abcd'[m]",
    "range(10)[i]",
    "[1, 2, 3, 4][i:]",
    "'abcd'[:i]",
    "(1, 2, 3, 4, 5)[::i]",
    "list(range(i))",
    "list(range(1, I(7), i))",
    "bin(i)",
    "oct(I(8))",
    "hex(I(255))",
    "[0] * i",
    "i * [0]",
    "'ab' * i",
    "(1,) * i",
    "operator.index(i)",
    "slice(i).indices(5)",
    "slice(0, 10, i).indices(i)",
    "slice(None, None, -1).indices(5)",
    "slice(-3, None).indices(10)",
    "slice(1, 100, 3).indices(10)",
    "slice(5).indices(-1)",
    "slice(5).indices('a')",
    "[1, 2][Bad()]",
    "[1, 2][Plain()]",
    "'ab'[Plain()]",
    "[1][Plain():]",
    "range(Plain())",
    "bin(Plain())",
    "[0] * Plain()",
    "[0] * 2.0",
    "operator.index(Bad())",
]
for expr in cases:
    try:
        print(expr, "->", eval(expr))
    except Exception as e:
        print(expr, "->", type(e).__name__, e)

lst = [0, 1, 2, 3, 4]
lst[i] = 'two'
print(lst)
del lst[I(0)]
print(lst)
lst[I(1):I(3)] = ['a', 'b', 'c']
print(lst)
x = [1, 2]
x *= I(3)
print(x)
