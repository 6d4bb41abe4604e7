a, *b = [1, 2, 3]
print(a, b)
*a, b = range(4)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = (1, 2)
print(a, b, c)
[a, [b, *c]] = [1, [2, 3, 4]]
print(a, b, c)
(a, b), c = "xy", 3
print(a, b, c)
for x, *rest in [(1, 2, 3), (4,)]:
    print(x, rest)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
try:
    a, b = iter([1, 2, 3, 4])
except ValueError as e:
    print(e)
try:
    (a, b), c = [1, 2], 
except ValueError as e:
    print(e)
print([*range(3), *"ab"], (*[1], 2), {*[1, 1, 2]})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*a, **k): return a, k
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
first, second, *_ = {"k1": 1, "k2": 2, "k3": 3}
print(first, second)
x = y = [1]
print(x is y)
a = b = c = 0
i = 0
lst = [0, 0]
i, lst[i] = 1, 5
print(lst)
*star, = [1, 2]
print(star)
a, b = b, a
print(a, b)
try:
    a, b = {}
except ValueError as e:
    print(e)
try:
    x, = []
except ValueError as e:
    print(e)
