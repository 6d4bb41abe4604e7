import sys
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        sys.stdout.flush()
first = D("first")
second = D("second")
third = D("third")
lst = [D("in-list")]
class Cyc:
    def __del__(self):
        print("cyc del")
c = Cyc()
c.self = c
del c
print("end of module")
