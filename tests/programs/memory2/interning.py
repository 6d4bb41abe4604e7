import sys
a = "hello"
b = "hello"
print(a is b)
a = "hello world"
b = "hello world"
print(a is b)
c = "hel" + "lo"
print(c is "hello")
x = "".join(["hel", "lo"])
print(x is "hello", x == "hello")
y = sys.intern(x)
print(y is "hello")
s1 = sys.intern("".join(["a b", " c"]))
s2 = sys.intern("a b c")
print(s1 is s2)
try:
    sys.intern(1)
except TypeError as e:
    print(e)
class S(str): pass
try:
    sys.intern(S("x"))
except TypeError as e:
    print(e)
t = "abc"
def name(): return "identifier_like"
print(name() is "identifier_like")
