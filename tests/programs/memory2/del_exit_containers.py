class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a")
x = [D("s0"), D("s1"), D("s2")]
b = D("b")
x2 = [D("t0"), D("t1")]
c = D("c")
h = {"k": D("h0"), "j": D("h1")}
t = (D("u0"), D("u1"))
n = D("n")
n.child = D("child")
n.child2 = D("child2")
print("end")
