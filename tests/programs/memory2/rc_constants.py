import sys
print(sys.getrefcount(12345678901))
print(sys.getrefcount(1.5))
print(sys.getrefcount("some string with spaces"))
print(sys.getrefcount((1, 2, 3)))
def f():
    return sys.getrefcount(99999999999)
print(f())
def g():
    x = 77777777777
    return sys.getrefcount(x)
print(g())
exec("print(sys.getrefcount(55555555555))")
y = 444444444444
print(sys.getrefcount(y))
z = y
print(sys.getrefcount(y))
