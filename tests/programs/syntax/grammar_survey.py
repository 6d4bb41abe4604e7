# numeric literals
print(0xff, 0o17, 0b101, 1_000_000, 0x_ff, 1e3, 1.5e-3, .5, 5., 1_0.0_1, 0e0)
print(00, 0_0, 9999999999999999999999 * 2)
x = 1 if True else 2; print(x)
print(not 1 < 2, 1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 != 2, x is not None)
print(1 if 0 else 2 if 0 else 3)
print([x for x in range(10) if x % 2 if x % 3], [(x, y) for x in range(3) for y in range(x)])
print({x: x * 2 for x in "ab"}, {x % 3 for x in range(10)})
print(*[1, 2], sep="-")
print((lambda: 1)())
a = b = c = []
print(a is c)
def f(): return
print(f())
i = 0
while i < 3: i += 1
print(i)
for i in range(2): pass
else: print("for-else")
while False: pass
else: print("while-else")
for i in range(5):
    if i == 2: break
else:
    print("no")
print(i)
if 0: pass
elif 1: print("elif")
x = (1,
     2)
y = [1,
     2,]
z = {1: 2,
     3: 4,}
print(x, y, z)
s = "a" "b" 'c' """d""" r"\n" f"{1}"
print(s)
print(b"ab" b"cd", rb"\x", br"\t")
print(u"unicode")
print("\x41\101\u0041")
t = 1,
print(t, ())
print([] or {} or "x", 0 and 1, 1 and 0, None or 0)
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, -(-3), +-+3, ~5)
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, 7.5 // 2, -7.5 % 2)
print(1 << 3, 256 >> 2, 5 & 3, 5 | 3, 5 ^ 3)
x = [1, 2, 3, 4, 5]
print(x[::-1], x[1:-1], x[-2:], x[:10], x[10:], x[::2], x[1::2], x[-1:0:-2])
x[1:3] = []
print(x)
x[::2] = [9, 9]
print(x)
del x[::2]
print(x)
d = {}
d[1, 2] = 3
print(d, d[1, 2])
class A: pass
a = A()
a.x = a.y = 5
print(a.x, a.y)
(p, q), r = (1, 2), 3
[s1, s2] = "ab"
print(p, q, r, s1, s2)
print(...)
print(Ellipsis is ...)
n = 10
n += 1; n -= 2; n *= 3; n //= 2; n %= 7; n **= 2; n <<= 1; n >>= 1; n |= 8; n &= 12; n ^= 3
print(n)
fl = 1.0
fl /= 4
print(fl)
g = 5
def use_global():
    global g
    g += 1
use_global(); print(g)
print(type(lambda: 0).__name__)
assert True, "never"
x = 5
assert x > 0
print((lambda *args: sum(args))(1, 2, 3))
if (n := 10) > 5:
    print("walrus", n)
print([y := 5, y ** 2])
data = [1, 2, 3, 4]
while (v := data.pop()) > 2:
    print("popped", v)
print(f"{'nested' + f'{1 + 1}'}")
print(f"{3.14159:.2f} {10:>5} {10:<5}| {'x':^5} {255:#x} {1000000:,} {0.5:%}")
width = 8
print(f"{'w':{width}}|", f"{x=}", f"{x + 1 = }", f"{'a'!r}")
print("%d %s %r %5.2f %x %o %e %%" % (1, "s", "r", 3.14159, 255, 8, 12345.678))
print("%(a)s-%(b)d" % {"a": "A", "b": 2})
print(True + True, True * 3, False - 1, int(True))
print(0.1 + 0.2, 1 / 3, 2 / 2, 1e16, 1e-5, 123456789012345678.0, float("inf"), -float("inf"))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1234, -2))
print(10 ** 20, 2 ** 100, -(2 ** 63), (2 ** 64) // 3, (2 ** 64) % 1000)
print(divmod(-7, 2), divmod(7, -2), pow(2, 10, 1000), pow(3, -1, 7))
print(abs(-5), abs(-5.5), min(3, 1, 2), max("abc"), sum([0.1] * 10))
print(int("  42  "), int("-0x1f", 16), int("0b11", 0), float(" 1.5 "), int(3.9), int(-3.9))
if True:
    pass
    # comment
        # weird indent comment
print("end")
