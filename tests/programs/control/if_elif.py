# Pins if/elif/else chains, nested ifs, conditional expressions, pass, and chained comparisons.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 42, 1000]:
    print(n, classify(n))
def fizz(n):
    return "FizzBuzz" if n % 15 == 0 else "Fizz" if n % 3 == 0 else "Buzz" if n % 5 == 0 else str(n)
print(" ".join(map(fizz, range(1, 21))))
x = 5
if x > 3:
    if x > 4:
        print("x > 4")
    else:
        print("3 < x <= 4")
else:
    pass
if x:
    pass
print("after pass")
a, b, c = 1, 2, 3
print(a < b < c, a < b > c, a == 1 < b, 1 <= a <= 1, c > b > a > 0, a < c != b, 1 < 2 < 3 < 4 < 5 < 3)
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(3))
print(noisy(3) < noisy(2) < noisy(1))
print(x if x > 10 else -x, "yes" if [] else "no", (1 if True else 2) + 10)
if 0:
    print("never")
elif "":
    print("never")
elif None:
    print("never")
else:
    print("all falsy")
grade = 87
letter = "A" if grade >= 90 else "B" if grade >= 80 else "C"
print(letter)
if not x == 6 and x != 4:
    print("not binds looser than ==")
