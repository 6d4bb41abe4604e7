# Pins arbitrary precision ints: factorial, powers, negative big numbers, divmod, comparisons, str().
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), f % 1000003, f // 10 ** 150)
print(2 ** 200, -(2 ** 200), 2 ** 200 - 3 ** 120)
a = 123456789123456789123456789
b = -987654321987654321
print(a + b, a - b, a * b, a // b, a % b, divmod(a, b))
print(-a // 7, -a % 7, a // -7, a % -7, abs(b), -b)
print(a > b, a == a + 0, a != a + 1, b < -a, 2 ** 64 == 18446744073709551616)
print(a / 3, 2 ** 100 / 2 ** 99, (10 ** 30) / (10 ** 10))
print(int(str(2 ** 150)) == 2 ** 150, int("-" + "9" * 40) + 1)
fib_a, fib_b = 0, 1
for _ in range(300):
    fib_a, fib_b = fib_b, fib_a + fib_b
print(fib_a)
print(hex(2 ** 100), oct(-(2 ** 70)), bin(2 ** 65 + 1))
print(10 ** 50 // 10 ** 25 == 10 ** 25, (10 ** 50 + 1) % 10 ** 25)
print(float(2 ** 100), float(-(3 ** 50)), 2 ** 100 + 0.5)
x = 1
for _ in range(10):
    x = x * 1000003 + 12345
print(x, x.bit_length())
print(-(2 ** 63), -(2 ** 63) - 1, 2 ** 63 * -1 * -1, (2 ** 64) // -1)
print(max(2 ** 70, 3 ** 44), min(-(2 ** 70), -(3 ** 44)), sum([2 ** 62] * 8))
