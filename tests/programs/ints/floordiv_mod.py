# Pins floor division and modulo with every sign combination for ints and floats, and divmod.
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (6, 3), (-6, 3), (0, 5), (0, -5), (1, 7), (-1, 7)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a == (a // b) * b + a % b)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1.0, 0.3), (-1.0, 0.3), (5, 2.5), (0.0, 3)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(-0.0 % 5, 0.0 % -5, -1e-300 % 1.0, 5 % -0.5)
print(10 ** 20 // 3, -(10 ** 20) // 3, 10 ** 20 % 7, -(10 ** 20) % 7)
print(divmod(10 ** 30, 10 ** 12 + 39), divmod(-(10 ** 30), 10 ** 12 + 39))
print(divmod(2 ** 100, -3), (2 ** 100) % -3, -(2 ** 100) // -3)
print(True // 1, True % 2, 5 // True, 13 % 10 // 2)
