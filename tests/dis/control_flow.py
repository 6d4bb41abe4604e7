total = 0
for i in range(10):
    if i % 2 == 0:
        continue
    while total < 100:
        total += i
        break
else:
    total = -1
print(total)
