import _pkg.mod1
print(_pkg.mod1.W, _pkg.mod2.Z, _pkg.V)
import _pkg.sub as s
print(s.S)
from _pkg import mod2, sub
print(mod2.Z, sub.S, mod2.__name__, mod2.__package__, sub.__package__)
import sys
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
try:
    import _pkg.missing
except ModuleNotFoundError as e:
    print(e)
try:
    from _pkg import missing
except ImportError as e:
    print(e)
