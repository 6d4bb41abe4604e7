import gc
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def build():
    ns = {}
    ns["a"] = D("a")
    ns["x"] = [D("s0"), D("s1"), D("s2")]
    ns["b"] = D("b")
    ns["n"] = D("n")
    ns["n"].child = D("child")
    ns["self"] = ns
build()
print(gc.collect())
