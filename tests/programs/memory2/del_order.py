class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a")
b = a
del a
print("after del a")
del b
print("after del b")
c = D("c")
c = D("c2")
print("rebound")
lst = [D("l1"), D("l2"), D("l3")]
del lst
print("list gone")
d = {"x": D("d1"), "y": D("d2")}
d.clear()
print("dict cleared")
t = (D("t1"), D("t2"))
t = None
def f():
    local = D("local")
    print("in f")
f()
print("after f")
D("temp")
print("after temp")
x = [D("pop")]
x.pop()
print("after pop")
x = [D("s0"), D("s1"), D("s2")]
del x[1]
print("after del x[1]")
x[0] = D("repl")
print("after replace")
class Holder:
    pass
h = Holder()
h.a = D("attr")
del h.a
print("attr deleted")
h.b = D("hb")
del h
print("holder deleted")
g1 = D("global1")
g2 = D("global2")
print("end")
