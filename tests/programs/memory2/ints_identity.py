a = 256
b = 256
print(a is b)
a = 257
b = 257
print(a is b)
x = int("256"); y = int("256")
print(x is y)
x = int("257"); y = int("257")
print(x is y)
x = int("-5"); y = int("-5")
print(x is y)
x = int("-6"); y = int("-6")
print(x is y)
def f():
    return 1000
print(f() is f())
n = 200
print(n + 56 is 256)
m = 200
print(m + 57 is 257)
l = [i for i in range(300)]
print(l[256] is 256, l[257] is 257)
print(True is True, None is None)
print(0 is -0)
e1 = (); e2 = ()
print(e1 is e2, tuple() is (), tuple([]) is ())
print("" is str(), str("") is "")
print(frozenset() is frozenset())
print(b"" is bytes())
print([] is [], {} is {})
