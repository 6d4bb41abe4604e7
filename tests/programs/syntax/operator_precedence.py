# Pins operator precedence and associativity: unary minus vs **, comparisons, bitwise, boolean ops.
print(-2 ** 2, (-2) ** 2, 2 ** -1, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(1 + 2 * 3, (1 + 2) * 3, 10 - 4 - 3, 10 - (4 - 3), 2 * 3 % 4)
print(100 // 7 * 7, 100 / 4 / 5, 7 % 4 * 2, -7 // 2 * 2)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3, 1 << 2 + 1, (1 << 2) + 1, ~0 + 1, -~5, ~-5)
print(not 1 == 2, not (1 == 2), 1 < 2 == 2, 1 < 2 > 1.5)
print(1 or 2 and 0, (1 or 2) and 0, not 0 and 3, 0 or not 3)
print(3 if 1 else 4 + 10, (3 if 0 else 4) + 10, 1 + 2 if 0 else 3 * 4)
print(2 * -3, 2 ** -2, - - 3, + - 3, -(3 ** 2))
print(5 & 3 == 1, (5 & 3) == 1, 5 | 3 > 6)
print("ab" * 2 + "c", "x" in "xy" and "z" not in "xy")
print(1 + 2 == 3 and 2 * 2 == 4 or False)
print([1, 2][0] + (3,)[0] * 2, {"a": 2}["a"] ** 3)
x = y = z = 7
print(x, y, z)
a, b = b, a = 1, 2
print(a, b)
print((1, 2) + (3,), [1] * 3 + [2], -(-1) ** 2)
print(17 % -5 * 2, -17 % 5 ** 2, 2 ** 2 ** -1)
