# Pins list slicing: reads with steps, slice assignment (grow/shrink), extended slice assignment, deletion.
a = list(range(10))
print(a[2:5], a[:3], a[7:], a[::3], a[::-1], a[-3:], a[-1:-4:-1], a[8:2:-2], a[100:], a[:-100])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200, 300]
print(b)
b[:] = [9, 8]
print(b)
b[5:] = [1, 2]
print(b)
b[0:0] = "ab"
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
c[1::3] = [-1, -2, -3]
print(c)
del c[::2]
print(c)
d = list(range(10))
del d[2:4]
print(d)
del d[-2:]
print(d)
del d[::-3]
print(d)
del d[:]
print(d)
e = [1, 2, 3, 4]
e[len(e):] = [5]
e[-1:] = []
e[1:3] = e
print(e)
for bad in ["ext", "step0", "idx"]:
    try:
        f = list(range(6))
        if bad == "ext":
            f[::2] = [1, 2]
        elif bad == "step0":
            f[::0] = []
        else:
            f[10] = 1
    except (ValueError, IndexError) as err:
        print(type(err).__name__, err)
g = [1, 2, 3]
g[::-1] = [7, 8, 9]
print(g, g[0:3:1], g[-10:10], g[3:0:-1])
