from _from_b import Y
X = 1
