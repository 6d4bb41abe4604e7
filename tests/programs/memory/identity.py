# Small ints, interned strings and singletons are shared as in CPython.
import sys

a = 256
b = 255 + 1
print(a is b)
c = int("257")
d = int("257")
print(c is d, c == d)
print(int("-5") is -5, int("-6") is int("-6"))
s1 = "hello"
s2 = "hel" + "lo"
print(s1 is s2)
s3 = "".join(["hel", "lo"])
print(s3 is s1, sys.intern(s3) is s1)
print(() is tuple(), "" is str(), None is None)
x = [1, 2, 3]
print(id(x) == id(x), type(id(x)).__name__)
