# Comparisons of floats, ints beyond 2**53, NaN and infinities, alone and before a jump.
nan = float("nan")
vals = [0, 1, -1, 0.5, -0.0, 0.0, nan, float("inf"), -float("inf"), 2**53, 2**53+1, 9007199254740993, 9007199254740992.0, True, False, 10**20, 1e20]
for a in vals:
    for b in vals:
        print(a < b, a <= b, a == b, a != b, a > b, a >= b, end=" ")
        if a < b: print("L", end="")
        if a == b: print("E", end="")
        if not (a != b): print("N", end="")
    print()
