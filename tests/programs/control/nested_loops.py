# Pins nested loops: for/else inside loops (primes), break/continue affecting only the inner loop.
primes = []
for cand in range(2, 40):
    for d in range(2, cand):
        if cand % d == 0:
            break
    else:
        primes.append(cand)
print(primes)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print((i, j), end=" ")
print()
for ch in "abc":
    for k in range(2):
        print(ch * (k + 1), end=",")
print()
grid = []
for r in range(4):
    row = []
    for c in range(4):
        if (r + c) % 3 == 0:
            continue
        row.append(r * 4 + c)
        if len(row) == 2:
            break
    grid.append(row)
print(grid)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * a + b * b == 13 * 13:
            found = (a, b)
            break
    if found:
        break
print(found, a, b)
i = 0
while i < 3:
    j = 0
    while True:
        j += 1
        if j > i:
            break
    print(i, j, end="; ")
    i += 1
print()
