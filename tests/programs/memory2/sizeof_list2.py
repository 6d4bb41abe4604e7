import sys
def sz(label, l):
    print(label, len(l), sys.getsizeof(l))
sz("list(range(10))", list(range(10)))
sz("list(range(20))", list(range(20)))
sz("list((1,2,3))", list((1, 2, 3)))
sz("list([1,2,3])", list([1, 2, 3]))
sz("list('abcde')", list("abcde"))
sz("list(gen)", list(x for x in range(7)))
sz("list(map)", list(map(str, range(9))))
sz("list(dict)", list({1: 1, 2: 2, 3: 3}))
sz("list(set)", list({1, 2, 3, 4, 5}))
e = list(range(20)); del e[5:]
sz("del e[5:]", e)
e = list(range(20)); del e[::2]
sz("del e[::2]", e)
e = list(range(20)); e[2:18] = []
sz("e[2:18]=[]", e)
e = list(range(4)); e[1:2] = list(range(10))
sz("e[1:2]=10", e)
f = [1, 2]; f *= 10
sz("f*=10", f)
g = [1, 2] * 10
sz("[1,2]*10", g)
sz("sorted", sorted([3, 1, 2]))
sz("sorted(range(9))", sorted(range(9)))
sz("slice copy", list(range(10))[2:5])
sz("copy", list(range(10)).copy())
sz("concat", [1, 2, 3] + [4, 5])
sz("listcomp", [i for i in range(10)])
sz("split", "a b c d e".split())
sz("display", [1, 2, 3, 4, 5])
sz("unpack", [*range(5)])
h = []
h.extend(range(5))
sz("extend range", h)
h = [0]
h.extend(range(5))
sz("extend range nonempty", h)
h = [1, 2, 3]
h += [4]
sz("+=", h)
h = list(range(10))
h.insert(0, 9)
sz("insert", h)
h = list(range(10))
h.remove(3)
sz("remove", h)
while len(h) > 2:
    h.pop(0)
sz("pop(0)", h)
h.reverse()
sz("reverse", h)
h.sort()
sz("sort", h)
sz("dict keys", list({i: i for i in range(6)}.keys()))
sz("reversed", list(reversed(range(6))))
sz("zip", list(zip(range(3), range(3))))
sz("enumerate", list(enumerate("abc")))
