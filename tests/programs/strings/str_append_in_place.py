# s += t on a local str grows it in place when the local holds the only reference; every observable result stays CPython's.
import sys
def build(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s
a = build(100000, "x")
print(len(a), a[:5], a[-3:], hash(a) == hash("x" * 100000), a == "x" * 100000)
b = build(3000, "é€")
print(len(b), b[:4], b.count("€"), b == "é€" * 3000)
def alias():
    s = "y" * 1000
    t = s
    s += "z"
    return len(s), len(t), s is t
print(alias())
def keys():
    s = "k" * 600
    d = {s: 1}
    h1 = hash(s)
    s += "!"
    return s in d, len(d), h1 == hash("k" * 600), hash(s) == hash("k" * 600 + "!")
print(keys())
def mixed():
    s = "a" * 700
    s = s + "b"
    s += str(12)
    return s[-4:], len(s)
print(mixed())
class S(str):
    def __radd__(self, other):
        return "radd"
def sub():
    s = "q" * 800
    s += S("w")
    return s
print(sub())
