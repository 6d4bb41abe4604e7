class A:
    def __next__(self): return 1
for x in A(): pass
