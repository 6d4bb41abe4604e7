import _circ_b
print("a sees b.B", hasattr(_circ_b, "B"))
A = 1
