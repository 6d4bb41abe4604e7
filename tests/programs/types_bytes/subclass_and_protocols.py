def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"Hello World")
for name in ["upper", "lower", "title", "capitalize", "swapcase", "strip", "lstrip", "rstrip", "expandtabs", "zfill", "center", "ljust", "rjust", "split", "rsplit", "splitlines", "partition", "rpartition", "replace", "translate", "join", "removeprefix", "removesuffix", "hex", "decode", "copy"]:
    args = {"zfill": (15,), "center": (15,), "ljust": (15,), "rjust": (15,), "partition": (b"o",), "rpartition": (b"o",), "replace": (b"o", b"0"), "translate": (None,), "join": ([b"a", b"b"],), "removeprefix": (b"He",), "removesuffix": (b"ld",)}.get(name, ())
    show(getattr(ba, name), *args)
    show(getattr(bytes(ba), name) if name != "copy" else bytes, *args)
show(ba.__getitem__, slice(1, 3))
show(lambda: ba * 2)
show(lambda: ba + b"x")
show(lambda: b"x" + ba)
show(lambda: ba % ())
show(lambda: bytearray(b"%s") % b"x")
show(lambda: b"%s" % bytearray(b"x"))
show(lambda: bytes(ba))
show(lambda: bytearray(ba) is ba)
show(lambda: ba == bytes(ba))
show(lambda: ba.partition(b"zz"))
show(lambda: ba.rpartition(b"zz"))
show(lambda: ba.split(b"o", 1))
show(bytearray.fromhex, "41 42")
class BA(bytearray): pass
x = BA(b"abc")
show(x.upper)
show(lambda: x[1:])
show(lambda: x + b"d")
show(lambda: x * 2)
show(x.copy)
show(BA.fromhex, "41")
class B(bytes): pass
y = B(b"abc")
show(y.upper)
show(lambda: y[1:])
show(lambda: y + b"d")
show(B.fromhex, "41")
show(lambda: bytes(y))
show(lambda: B(b"x") == b"x")
class HasBytes:
    def __bytes__(self): return b"custom"
show(bytes, HasBytes())
show(bytearray, HasBytes())
class BadBytes:
    def __bytes__(self): return "no"
show(bytes, BadBytes())
class Idx:
    def __index__(self): return 3
show(bytes, Idx())
show(bytearray, Idx())
show(bytes, [Idx()])
show(b"abc".__getitem__, Idx())
show(lambda: b"abc" * Idx())
show(lambda: Idx() in b"abcd")
show(lambda: bytes.fromhex("41").__class__)
show(bytes.maketrans, bytearray(b"a"), memoryview(b"b"))
show(b"a b".split, bytearray(b" "))
show(b"abc".replace, memoryview(b"b"), bytearray(b"X"))
show(b"abc".find, memoryview(b"c"))
show(b"abc".count, bytearray(b"b"))
show(b"abc".startswith, bytearray(b"a"))
show(b"abc".startswith, (memoryview(b"a"),))
show(b"abc".strip, bytearray(b"ac"))
show(bytes.join, b",", [bytearray(b"a"), memoryview(b"b")])
show(bytearray(b"abc").join, [b"x", b"y"])
import sys
class BA(bytearray):
    def __init__(self, *a, tag="t"):
        super().__init__(*a)
        self.tag = tag
b = BA(b"hello", tag="x")
print(b, b.tag, len(b), b[0], b[1:3], type(b[1:3]).__name__, isinstance(b, bytearray), b == b"hello")
b.append(33); b.extend(b"??"); b[0] = 72; del b[-1]; print(b, repr(b))
b += b"!!"; print(type(b).__name__, b)
print(b.upper(), type(b.upper()).__name__, bytes(b), b.decode(), b.hex(), list(b)[:3], b"ell" in b, b.find(b"l"))
c = BA(5); print(c, BA(), BA([65, 66]), BA("é", "utf-8"))
class P(bytearray): pass
p = P(b"abc"); p.attr = 1; print(p, p.attr, vars(p), P.fromhex("4142"), type(P.fromhex("41")).__name__)
p.__init__(b"zz"); print(p)
m = memoryview(p); print(m.tobytes()); m.release()
print(sorted([P(b"b"), P(b"a")]), P(b"x") + P(b"y"), type(P(b"x") + P(b"y")).__name__, P(b"ab") * 2)
d = {bytes(P(b"k")): 1}; print(d)
try:
    hash(P(b"x"))
except TypeError as e:
    print("TypeError", e)
class Q(bytearray):
    def __len__(self): return 99
    def __repr__(self): return "Q!"
q = Q(b"ab"); print(len(q), repr(q), str(q), q.__len__(), bytearray.__len__(q))
print(sys.getsizeof(P()) > sys.getsizeof(bytearray()))
