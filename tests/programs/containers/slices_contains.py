# List/tuple/str slices of every shape and `in` on a list an __eq__ mutates.
a = list(range(10))
for s in [slice(None), slice(2,5), slice(-3,None), slice(None,None,-1), slice(8,2,-2), slice(100,200), slice(-100,3), slice(None,None,3), slice(5,5)]:
    print(a[s], tuple(a)[s], "abcdefghij"[s])
b=[1,2,3]
class E:
    def __eq__(self, o):
        b.clear(); return False
print(E() in b, b)
print(3 in (1,2,3), 4 in [1,2])
