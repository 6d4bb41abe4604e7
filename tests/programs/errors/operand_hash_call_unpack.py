# Bad operand types for every operator, unhashable keys, calling non-callables,
# unpacking mismatches.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
import operator
def same(x):
    return x
class K: pass
vals = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, K()]
names = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor", "matmul", "lt", "le", "gt", "ge"]
for n in names:
    op = getattr(operator, n)
    for a, b in [(1, "s"), ("s", 1.5), ([1], (1,)), (None, None), (K(), 1), (b"b", "s"), ({1}, [1]), ({1: 2}, {1}), (1.5, [1])]:
        try:
            op(a, b)
        except TypeError as e:
            print(n, e)
for n in ["neg", "pos", "invert", "abs"]:
    op = getattr(operator, n)
    for a in ["s", [1], None, K(), 1.5, {1}]:
        try:
            op(a)
        except TypeError as e:
            print(n, e)
def aug(a, b, op):
    if op == "+=": a += b
    elif op == "-=": a -= b
    elif op == "*=": a *= b
    elif op == "/=": a /= b
    elif op == "//=": a //= b
    elif op == "%=": a %= b
    elif op == "**=": a **= b
    elif op == "<<=": a <<= b
    elif op == ">>=": a >>= b
    elif op == "&=": a &= b
    elif op == "|=": a |= b
    elif op == "^=": a ^= b
    elif op == "@=": a @= b
    return a
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    t(lambda: aug("s", 1, op))
    t(lambda: aug([1], 1, op))
t(lambda: aug([1], (2,), "+="))
t(lambda: aug([1], "ab", "+="))
t(lambda: aug({1}, [1], "|="))
t(lambda: aug({1: 2}, [1], "|="))
t(lambda: "a" * 1.5)
t(lambda: [1] * "a")
t(lambda: "a" * "b")
t(lambda: 1 in 5)
t(lambda: "a" in [1])
t(lambda: 1 in "abc")
t(lambda: None < 1)
t(lambda: 1 < "a" < 2)
t(lambda: -"a")
t(lambda: ~1.5)
t(lambda: not K())
t(lambda: divmod("a", "b"))
t(lambda: {[1]: 2})
t(lambda: {[1]})
t(lambda: {}.setdefault([], 1))
t(lambda: {1: 2}[[1]])
t(lambda: [1] in {1: 2})
t(lambda: [1] in {1})
t(lambda: hash({}))
t(lambda: hash({1}))
t(lambda: frozenset([[1]]))
t(lambda: set().add({}))
t(lambda: {1: 2}.get([]))
t(lambda: dict.fromkeys([[1]]))
class Unh:
    __hash__ = None
t(lambda: {Unh(): 1})
class EqOnly:
    def __eq__(self, o): return True
t(lambda: {EqOnly()})
t(lambda: (1, [2]).__hash__())
t(lambda: hash((1, [2])))
t(lambda: same(5)())
t(lambda: same("abc")())
t(lambda: same(None)())
t(lambda: same([1])())
t(lambda: K()())
t(lambda: same((1, 2))())
t(lambda: same({1: 2})(1))
t(lambda: K.nope())
t(lambda: (lambda: 1)()())
def unpack(n, it):
    if n == 2:
        a, b = it
        return a, b
    if n == 3:
        a, b, c = it
        return a, b, c
    if n == 1:
        a, = it
        return a
    if n == -2:
        a, *b, c = it
        return a, b, c
t(lambda: unpack(2, [1]))
t(lambda: unpack(2, [1, 2, 3]))
t(lambda: unpack(3, (1, 2)))
t(lambda: unpack(1, []))
t(lambda: unpack(1, [1, 2]))
t(lambda: unpack(2, 5))
t(lambda: unpack(2, None))
t(lambda: unpack(2, "abc"))
t(lambda: unpack(2, {1: 2, 3: 4, 5: 6}))
t(lambda: unpack(2, iter([1])))
t(lambda: unpack(2, (x for x in range(5))))
t(lambda: unpack(-2, [1]))
t(lambda: unpack(-2, 5))
t(lambda: unpack(-2, [1, 2]))
def loop():
    for a, b in [(1, 2), (3,)]:
        pass
t(loop)
def star(*a): return a
t(lambda: star(*None))
t(lambda: star(**None))
t(lambda: [*5])
t(lambda: {**[1]})
t(lambda: {**{1: 2}, **5})
t(lambda: print(*1))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([1]))
t(lambda: dict(["ab", "c"]))
t(lambda: max(5))
t(lambda: sorted(5))
t(lambda: list(5))
t(lambda: tuple(None))
t(lambda: "".join([1, 2]))
t(lambda: iter(5))
t(lambda: next([1]))
t(lambda: len(iter([])))
t(lambda: [1, 2][1:2:0])
t(lambda: "abc"[5])
t(lambda: same("abc")["a"])
t(lambda: same((1,))[None])
t(lambda: {1: 2}[3])
t(lambda: {}["x"])
t(lambda: same(1)[0])
t(lambda: same(None)[0])
t(lambda: K()[0])
t(lambda: len(K()))
t(lambda: iter(K()))
t(lambda: abs(K()))
t(lambda: int(K()))
t(lambda: str(K()) and 1)
