import atexit, gc
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def ex():
    print("atexit")
atexit.register(ex)
c = D("cyc"); c.c = c
del c
print("end")
