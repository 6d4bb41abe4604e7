l = [1, 2, 3]
l.index(5)
