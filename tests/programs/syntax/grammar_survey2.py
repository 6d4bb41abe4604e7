def f(*a): return a
a = [1, 2]
def r(): return *a, 3
print(r())
def y():
    yield *a, 4
print(list(y()))
for x in *a, 5:
    print(x, end=" ")
print()
d = {}
d[*a,] = "tuple key"
print(d)
print(f(*a, *a), [*a, *a], (*a,), {**{"k": 1}})
import sys
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("first")
def fn1(): return 1
print(registry["first"]())
buttons = [lambda: "b0", lambda: "b1"]
@(lambda fn: buttons[1])
def weird(): pass
print(weird())
def side(v):
    print("eval", v)
    return v
print(side(1) < side(2) < side(0) < side(3))
print(side(0) and side(1), side(2) or side(3))
try:
    pass
except Exception:
    print("no")
else:
    print("else ran")
finally:
    print("finally ran")
def tryret():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("cleanup")
print(tryret())
def order():
    try:
        print("try")
    except:
        pass
    else:
        print("else")
        return "else"
    finally:
        print("finally")
print(order())
x = 10
def outer(x=x, y=lambda: x):
    return x, y()
x = 20
print(outer())
lst = [1, 2, 3]
del lst[0], lst[-1]
print(lst)
class O: pass
o = O(); o.a = 1; del o.a
print(hasattr(o, "a"))
g1 = 1
del g1
try:
    g1
except NameError as e:
    print(e)
print(f"{'a' + 'b'}", f'{"q"}', f"{{literal}}", f"{1:{'>'}{5}}", f"{3!s:>4}")
print(f"{dict(a=1)['a']}", f"{[1, 2][-1]}", f"{(lambda: 7)()}")
val = 3.14159
print(f"{val:.{2}f}", f"{val:10.3f}|", f"{'left':<8}|", f"{42:08b}", f"{-5:+d}", f"{5:+d}", f"{1e10:g}", f"{12345.6789:_.2f}")
print(f"{'multi' f'nested'}")
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}".format(x=5), "{0[1]}".format([7, 8]), "{0.real}".format(3))
print("{:*^9}".format("mid"), "{:>{w}}".format("r", w=4), "{!r}".format("s"))
n = 0
while True:
    n += 1
    if n > 3:
        break
    if n == 2:
        continue
    print("loop", n)
else:
    print("never")
for i in range(3):
    for j in range(3):
        if j == 1:
            break
    else:
        print("inner else")
    print("outer", i)
t = 1, 2, 3
a, *_ = t
print(a, _)
print([i for i in range(3) for _ in range(2)])
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
matrix = [[1, 2], [3, 4]]
print([x for row in matrix for x in row], [[r[i] for r in matrix] for i in range(2)])
print({k: v for k, v in zip("ab", "cd")}, dict.fromkeys("ab"))
print(sorted({(i * 7) % 5 for i in range(10)}))
print((lambda: (yield))().__class__.__name__)
print(1 if [] else 2, "yes" if "0" else "no", 0 or [] or None)
x = [0] * 3
x[0] += 1
print(x, 3 * [1], "ab" * 2, 2 * (1,))
print(-0.0, 0.0 == -0.0, 1 / 3 * 3 == 1, 0.1 * 3, 1e308 * 10, -1e308 * 10)
print(int("1" * 50) % 97, 7 ** 77 % 1000, (-7) ** 3, 2 ** 0.5, 4 ** 0.5, (-8) % 3)
print(0 ** 0, 0.0 ** 0, 10 // 3.0, -10 // 3.0, 10 % 3.5, divmod(10, 3.5))
print(1 == True, hash(1) == hash(True) == hash(1.0), {1: "a", True: "b", 1.0: "c"})
print(isinstance(True, int))
print(chr(65), ord("A"), chr(0x1F600) == "\U0001F600", ascii("é"), repr("it's"), repr('say "hi"'), repr("both ' \""))
print(str(b"bytes"), repr(b"\x00\xff"), bytes(3), bytes([65, 66]), b"a" in b"cat", b"abc"[1], b"abc"[1:])
print(list(range(0)), list(range(5, 0, -2)), range(10)[2:8:2], len(range(0, 100, 7)), 49 in range(0, 100, 7))
