import sys
def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r)[:60])
    except Exception as e:
        print(type(e).__name__, str(e)[:150])

l = []
for i in range(5000): l = [l]
show(repr, l)
show(str, l)
m = []
for i in range(5000): m = [m]
show(lambda: l == m)
show(lambda: l < m)
t = ()
for i in range(5000): t = (t,)
print(len(repr(t)) if False else "")
show(repr, t)
d = {}
for i in range(5000): d = {1: d}
show(repr, d)
show(lambda: d == d)
show(str, 10**5000)
show(repr, 10**5000)
show(int, "1" * 5000)
show(lambda: "%d" % 10**5000)
show(lambda: f"{10**5000}")
show(format, 10**5000, "x")
print(len(hex(10**5000)), len(str(10**4000)))
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(10000)
print(len(str(10**5000)), sys.get_int_max_str_digits())
show(sys.set_int_max_str_digits, 100)
sys.set_int_max_str_digits(0)
print(len(str(10**20000)))
