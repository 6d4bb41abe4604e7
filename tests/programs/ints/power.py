# Pins ** on ints and floats: negative exponents give floats, big powers, three-argument pow, zero.
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** -1, 2 ** -3, 10 ** -2, (-2) ** -2, (-2) ** -3, 4 ** -0.5)
print(2.0 ** 10, 2 ** 0.5, 9 ** 0.5, 0.5 ** 2, 1.5 ** -2, (-8.0) ** 3)
print(10 ** 20, 10 ** 21, 3 ** 40, 7 ** 23)
print(type(2 ** 3).__name__, type(2 ** -3).__name__, type(2.0 ** 3).__name__)
print(pow(2, 100, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(2, 3, -5), pow(5, 0, 1))
print(pow(3, -1, 7), pow(2, -1, 9))
print(0.0 ** 0, 0.0 ** 2, 1.0 ** float("inf"), 2.0 ** -1074)
print(10 ** 2 ** 2, (10 ** 2) ** 2, -2 ** 0.5 < 0)
x = 3
x **= 4
print(x)
x **= -1
print(x)
for e in range(-3, 4):
    print(e, 3 ** e, (-3) ** e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print(type(e).__name__, e)
