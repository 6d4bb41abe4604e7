# Subclasses of list: behave as lists, carry a __dict__, overrides honoured.
import copy
import json


class L(list):
    pass


x = L([3, 1, 2])
print(type(x), x, repr(x), len(x), isinstance(x, list), type(x) is list)
x.tag = "t"
print(x.tag, x.__dict__, vars(x))
x.append(4)
x.extend([5])
x[0] = 30
del x[1]
print(x, x[0], x[-1], x[1:3], type(x[1:3]))
print(x + [9], type(x + [9]), type(x * 2), x * 2)
print(sorted(x), sum(x), max(x), min(x), list(x), tuple(x))
print(30 in x, 99 in x, [v for v in x], list(reversed(x)))
print(x == [30, 2, 4, 5], x != [1], x < [31], json.dumps(x))
print(",".join(str(v) for v in x), "{}".format(x), f"{x}", str(x))
print(bool(L()), bool(x), L(), L("ab"), L(range(3)))
x += [6]
print(x, type(x))
x.sort(reverse=True)
print(x, x.index(4), x.count(2), x.pop(), x)


def f(*args):
    return args


print(f(*x))
a, b, *rest = x
print(a, b, rest)


class Logged(list):
    def __init__(self, items, name):
        super().__init__(items)
        self.name = name

    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v)

    def __len__(self):
        print("len")
        return super().__len__()

    def __contains__(self, v):
        print("contains", v)
        return list.__contains__(self, v)

    def append(self, v):
        print("append", v)
        super().append(v * 10)

    def __repr__(self):
        return f"Logged({self.name}, {super().__repr__()})"


g = Logged([1, 2, 3], "g")
print(g[0])
g[1] = 20
print(len(g), 3 in g, g)
g.append(4)
print(g, str(g), [g])
print(list.__getitem__(g, 1), list.__len__(g))
list.append(g, 7)
print(g)


class Stack(list):
    def push(self, v):
        self.append(v)

    def peek(self):
        return self[-1]

    def __eq__(self, other):
        return isinstance(other, Stack) and list.__eq__(self, other)

    __hash__ = None


s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s, s == [1, 2], s == Stack([1, 2]))
try:
    hash(s)
except TypeError as e:
    print("TypeError:", e)


class Iter(list):
    def __iter__(self):
        return iter(["custom"])


print(list(Iter([1, 2])), [v for v in Iter([1])])

c = copy.copy(x)
d = copy.deepcopy(g)
print(type(c), c, c is x, type(d), d.name)

# a cycle through the instance dict is collected
cyc = L([1])
cyc.me = cyc
cyc.append(cyc)
del cyc
print(L.__mro__, L.__name__, L.__base__)
try:
    list.__getitem__(5, 0)
except TypeError as e:
    print("TypeError")
