import _circ_a
print("b sees a.A", hasattr(_circ_a, "A"))
try:
    _circ_a.A
except AttributeError as e:
    print(e)
B = 2
