class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
n = D("n")
n.child = D("child")
a = D("a")
x = [D("s0")]
