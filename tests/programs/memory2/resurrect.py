import gc
saved = []
class R:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
        saved.append(self)
r = R(1)
del r
print(len(saved), saved[0].n)
x = saved.pop()
del x
print("second drop: no __del__ again", len(saved))
class C:
    def __del__(self):
        print("C del")
        global keep
        keep = self
c = C()
c.me = c
del c
print(gc.collect())
print(type(keep).__name__)
keep.me = None
del keep
print(gc.collect())
print("done")
