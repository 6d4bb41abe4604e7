# Subclass instances take part in cycle collection through their __dict__.
import gc
import weakref


class S(str):
    pass


class I(int):
    pass


class T(tuple):
    pass


class D(dict):
    pass


class L(list):
    pass


gc.collect()
s = S("cycle")
s.me = s
i = I(10)
i.box = [i]
t = T((1, 2))
t.d = {"t": t}
d = D()
d["self"] = d
d.attr = d
r = [weakref.ref(x) for x in (s, d)]
try:
    weakref.ref(i)
except TypeError as e:
    print("TypeError:", e)
print(gc.is_tracked(S("x")), gc.is_tracked(I(1)), gc.is_tracked(T()), gc.is_tracked(L()))
del s, i, t, d
print([w() is None for w in r])
print(gc.collect() >= 2, [w() is None for w in r])


class Color(str):
    pass


Color.RED = Color("red")
Color.RED.hex = "#f00"
print(Color.RED, Color.RED.hex, gc.get_referents(Color.RED), gc.get_referents(L([5])))


class Node(list):
    def __del__(self):
        print("del", self.name)


n = Node([1])
n.name = "n1"
n.append(n)
del n
gc.collect()
m = Node()
m.name = "m1"
del m
print("end")
