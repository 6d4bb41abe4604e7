class D:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)
    def __del__(self):
        print("del", self.name)
root = D("root", D("a", D("a1"), D("a2")), D("b"))
print("built")
del root
print("deleted")
def scope():
    x = D("x")
    y = D("y")
    z = D("z")
    print("leaving scope")
scope()
print("after scope")
def returns():
    t = D("tmp")
    return D("ret")
r = returns()
print("got", r.name)
r = None
print("cleared")
d = {"k1": D("v1"), "k2": D("v2")}
d["k1"] = D("v1b")
print("replaced")
del d["k2"]
print("deleted k2")
d = None
print("dict gone")
s = [D("s%d" % i) for i in range(3)]
s.reverse()
s = None
print("reversed list gone")
t = (D("t0"), (D("t1"), D("t2")))
t = None
print("nested tuple gone")
