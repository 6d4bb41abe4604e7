# Subclasses of dict: mapping behaviour, __missing__, overrides, **unpacking.
import copy
import json


class D(dict):
    pass


d = D(a=1, b=2)
print(type(d), d, repr(d), len(d), isinstance(d, dict), type(d) is dict)
d["c"] = 3
d.note = "n"
print(d, d.note, d.__dict__, d["a"], d.get("z", 0), "a" in d, list(d))
print(sorted(d.items()), list(d.keys()), list(d.values()), d.pop("c"), d)
print(json.dumps(d), dict(d), type(dict(d)), dict(**d), {**d, "x": 9})
print(d == {"a": 1, "b": 2}, d != {}, bool(D()), D([("k", "v")]), D({"q": 1}, r=2))
print(type(d.copy()), d.copy(), D.fromkeys("ab", 0), type(D.fromkeys("ab")))


def kw(**k):
    return sorted(k.items())


print(kw(**d))
del d["a"]
print(d, d.setdefault("s", []), d)
d.update(m=1)
print(d, type(d))


class Missing(dict):
    def __missing__(self, key):
        print("missing", key)
        return len(key)


m = Missing(x=1)
print(m["x"], m["hello"], m.get("other"), "hello" in m, dict.__getitem__(m, "abc"))


class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return dict.__contains__(self, key.lower())

    def __repr__(self):
        return "Lower(" + dict.__repr__(self) + ")"


lo = Lower()
lo["ABC"] = 1
lo["Def"] = 2
print(lo, lo["aBc"], "DEF" in lo, "xyz" in lo, str(lo), [lo])
try:
    lo["nope"]
except KeyError as e:
    print("KeyError", e)


class Attr(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


at = Attr()
at.x = 5
print(at, at.x, at["x"])
try:
    at.y
except AttributeError as e:
    print("AttributeError", e)


class Counted(dict):
    def __init__(self, *args, **kwargs):
        self.sets = 0
        super().__init__(*args, **kwargs)

    def __len__(self):
        return 100


c = Counted(a=1)
print(c, c.sets, len(c), bool(c))
print(copy.copy(d), type(copy.copy(d)), copy.deepcopy(lo), type(copy.deepcopy(lo)))
try:
    hash(D())
except TypeError as e:
    print("TypeError:", e)
