# Pins while/else, for/else (with and without break), break/continue, nested loops, loop variables.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("w", i, end=" ")
else:
    print("| while-else ran")
n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("never printed")
print("n", n)
for x in range(3):
    pass
else:
    print("for-else ran, x =", x)
for x in [1, 3, 5, 6, 7]:
    if x % 2 == 0:
        print("found even", x)
        break
else:
    print("no even")
for x in [1, 3, 5]:
    if x % 2 == 0:
        break
else:
    print("no even in", [1, 3, 5])
while False:
    print("never")
else:
    print("while False else")
count = 0
for _ in []:
    count += 1
else:
    print("empty for else", count)
total = 0
k = 10
while k:
    k -= 1
    if k % 3:
        continue
    total += k
print(total, k)
for i in range(2):
    i = 100
    print(i)
print(i)
