import _circ_a
print(_circ_a.A, _circ_a._circ_b.B)
try:
    import _from_a
except ImportError as e:
    print(e)
import sys
print("_from_a" in sys.modules, "_from_b" in sys.modules)
