# Bench copy (small): integer arithmetic in nested loops, local variables, range and while.
def collatz_steps(limit):
    total = 0
    longest = 0
    best = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
            best = start
    return total, best, longest

print(collatz_steps(2000))
