# import, import as, from-import, star-import of a module beside the script
import sys
import _helper
import _helper as h2
print(_helper.__name__, _helper.__doc__, _helper.f(2), h2 is _helper, __name__)
print(_helper.__file__.endswith("_helper.py"), "_helper" in sys.modules)
print(sys.modules["_helper"] is _helper)
from _helper import f, X as XX
print(f(3), XX)
from _helper import *
print(C.__name__, C.__module__, f.__name__, X)
try:
    _hidden
except NameError as e:
    print(e)
import _helper
print(_helper.__package__ == "", type(_helper).__name__)
def g():
    import _helper as inner
    from _helper import X
    return inner.X + X
print(g())
