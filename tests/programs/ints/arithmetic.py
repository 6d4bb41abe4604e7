# Pins basic int arithmetic: + - * / // % ** and unary ops, result types, comparisons.
a, b = 17, 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(-a + b, -a - b, -a * b, -a / b, -a // b, -a % b, (-a) ** b)
print(b - a, 0 - 0, 0 * -1, -0, 1 - 1 == 0)
print(6 / 3, 7 / 2, 1 / 3, -1 / 3, 10 / -4, 0 / 5)
print(type(6 / 3).__name__, type(6 // 3).__name__, type(2 ** 3).__name__, type(2 ** -1).__name__)
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 5, 5 == 5, 5 != 5)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 2 != 2.0, -1 < 0 < 1)
print(abs(-7), abs(7), abs(0), -abs(-3), +(-4))
print(max(3, 9, -2), min(3, 9, -2))
x = 0
for i in range(1, 11):
    x = x * 3 + i
print(x)
print(7 * 6 // 4 - 2 % 3 + 2 ** 4, (7 * 6) // (4 - 2) % 3)
print(1000000 * 1000000, 123456789 * 987654321, -99999 * 99999)
n = 1
for i in range(25):
    n = n * 7 - i
print(n, n % 1000, n // 1000)
print(pow(2, 10), pow(2, -2), pow(3, 4, 5), pow(-3, 3), pow(7, 0))
print(int(3.9), int(-3.9), int("  42  "), int("-17"), int("+8"))
