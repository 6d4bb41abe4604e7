# Pins string indexing (negative), slicing with steps and out-of-range bounds, len, in, iteration.
s = "Hello, World"
print(s[0], s[4], s[-1], s[-12], len(s), len(""))
print(s[0:5], s[7:], s[:5], s[-5:], s[:-7], s[3:3], s[5:2], s[100:], s[-100:3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-1], s[-2:-8:-2], s[:3:-3])
print(s[:], s[0:100:3], s[-1:-100:-4], s[2:10:100], repr(s[10:2]))
print("lo" in s, "low" in s, "" in s, "" in "", "H" not in s)
for ch in "abc":
    print(ch, end="|")
print()
i = 0
while i < len(s):
    print(s[i], end="")
    i += 3
print()
u = "héllo wörld ✓"
print(len(u), u[1], u[-1], u[::-1], u[6:11].upper())
print("abc"[True], "abcdef"[-3:], "abcdef"[2:-2])
for start in (None, 0, 2, -2):
    for step in (1, -1, 2):
        print(repr("abcdef"[start::step]), end=" ")
print()
try:
    print(s[12])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[-13])
except IndexError as e:
    print(type(e).__name__, e)
try:
    print(s[::0])
except ValueError as e:
    print(type(e).__name__, e)
