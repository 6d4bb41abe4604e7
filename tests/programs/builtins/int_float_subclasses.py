import operator
class IntSub(int): pass
class FS(float): pass
class SS(str): pass
print(type(IntSub(3)), int(IntSub(3)), float(FS(2.5)), int(SS("12")), float(SS("1.5")))
class IntSub2(int):
    def __int__(self): return 42
    def __index__(self): return 43
    def __float__(self): return 1.5
x = IntSub2(3)
print(int(x), float(x), [1,2,3,4,5][IntSub2(1)], x + 1)
print(operator.index(x))
class FS2(float):
    def __float__(self): return 9.5
    def __int__(self): return 7
print(float(FS2(1.0)), int(FS2(1.0)))
print(int(memoryview(b"12")))
print(float(memoryview(b"1.5")))
class IntSub2(int):
    def __int__(self): return 42
print(int.__int__(IntSub2(3)), int.__index__(IntSub2(3)), type(int.__index__(IntSub2(3))))
print(int.__trunc__(IntSub2(3)), float.__float__(2.5))
