# Pins line structure: comments, blank lines, backslash continuation, bracket joining, semicolons.
# a comment line

x = 1 + \
    2 + \
    3
print(x)  # trailing comment
total = (1 +
         2   # comment inside brackets
         + 3)
print(total)
items = [
    1,
    2,

    3,  # trailing comma
]
print(items)
d = {
    'a': 1,
        'b': 2,  # odd indentation inside brackets is fine
}
print(d)
a = 1; b = 2; c = a + b; print(a, b, c)
if a: print("one-line if")
while a < 3: a += 1
print(a)
for i in range(2): print("loop", i); print("again", i)
def f(): return "one-line def"
print(f())
if True:
    if True:
            # comment at another indentation
        print("deep")
    print("less deep")
print("top");
s = "string with # not a comment"
print(s)
def g(a,
      b,
      c=3):
    return a + \
        b + c
print(g(1,
        2))
print((lambda: 5)(), [1, 2,
                     3][1])
