import sys
for n in range(0, 12):
    d = {str(i): i for i in range(n)}
    before = sys.getsizeof(d)
    d[1000] = 1
    d[1001] = 1
    print(n, before, sys.getsizeof(d), list(d)[-3:])
