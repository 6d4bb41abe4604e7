# Subclasses of str: text behaviour, hashing as str, __new__ and overrides.
import copy
import json


class S(str):
    pass


s = S("hello")
print(type(s), s, repr(s), len(s), isinstance(s, str), type(s) is str)
s.lang = "en"
print(s.lang, s.__dict__, s.upper(), type(s.upper()), type(s + "!"), s + "!")
print(s[1], s[1:3], type(s[1:3]), type(s[:]), s[::-1], s * 2, type(s * 1))
print(s == "hello", "hello" == s, s < "z", s.startswith("he"), "ell" in s, list(s))
print({s: 1}["hello"], {"hello": 2}[s], hash(s) == hash("hello"), s in {"hello"})
print("-".join([s, S("x")]), type("".join([s])), f"<{s}>", "{}|{:>7}".format(s, s))
print(str(s), type(str(s)), "%s!" % s, s.split("l"), s.replace("l", "L"), s.encode())
print(json.dumps(s), json.dumps({s: s}), sorted([S("b"), S("a")]), int(S("42")) + 1)
print(S(), repr(S()), S(5), S(b"ab", "ascii"), bool(S("")), s.title(), s.center(9, "*"))


class U(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def shout(self):
        return self + "!"


u = U("abc")
print(u, type(u), u.shout(), type(u.shout()), u == "ABC", str.lower(u))


class Tagged(str):
    def __new__(cls, text, tag):
        obj = str.__new__(cls, text)
        obj.tag = tag
        return obj

    def __repr__(self):
        return f"Tagged({str.__repr__(self)}, {self.tag!r})"

    def __str__(self):
        return f"<{self.tag}>{super().__str__()}"


t = Tagged("body", "b")
print(t, repr(t), [t], f"{t}", "%s" % t, str(t), t.tag, t.upper(), len(t))


class Caseless(str):
    def __eq__(self, other):
        return self.lower() == other.lower()

    def __hash__(self):
        return hash(self.lower())

    def __len__(self):
        return 99

    def __contains__(self, x):
        return True

    def __getitem__(self, i):
        return "item"


c = Caseless("AbC")
print(c == "abc", c != "ABC", "abc" == c, {c: 1}.get(Caseless("ABC")), len(c), "zz" in c, c[0])
print(Caseless.__mro__, str.__len__(c), str.__getitem__(c, 0), str.__contains__(c, "z"))
u.extra = [1]
print(copy.copy(u), copy.deepcopy(u), type(copy.copy(u)), copy.copy(u).extra, copy.copy(s) is s)
print(str.upper(s), str.__add__(s, "x"), str.__mul__(s, 2), str.__eq__(s, "hello"))
print(str.__new__(S, "q"), type(str.__new__(S, "q")), str.__new__(str, "r"))
try:
    str.__new__(int, "x")
except TypeError as e:
    print("TypeError:", e)
