from _from_a import X
Y = 2
