# __del__ runs when the last reference goes, before the next statement,
# once per object (PEP 442), and at exit in CPython's order.
class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

a = Noisy("a")
del a
print("after del a")

b = Noisy("b")
b = Noisy("b2")
print("after rebinding b")

def scope():
    local = Noisy("local")
    print("in scope")

scope()
print("after scope")

items = [Noisy("x"), Noisy("y")]
items.pop(0)
print("after pop")
items.clear()
print("after clear")

saved = []

class Phoenix:
    def __del__(self):
        print("phoenix __del__")
        saved.append(self)

p = Phoenix()
del p
print("resurrected:", len(saved))
saved.clear()
print("cleared again (no second __del__)")

class Chain:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del chain", self.name)

c = Chain("outer", Chain("inner"))
del c
print("after chain")

class Boom:
    def __del__(self):
        raise ValueError("oops")

bm = Boom()
del bm
print("survived exception in __del__")

g1 = Noisy("global1")
g2 = Noisy("global2")
print("end of program")
