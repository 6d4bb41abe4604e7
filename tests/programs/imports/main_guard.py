# __name__ in the script and in imported modules; module globals are shared
import _guarded
print(__name__, _guarded.__name__, _guarded.main())
print(_guarded.bump(), _guarded.bump(), _guarded.counter)
from _guarded import counter, bump
print(counter, bump(), counter, _guarded.counter)
import sys
sys.path.insert(0, sys.path[0] + "/_libdir")
import _extra
print(_extra.WHERE, _extra.whoami(), _extra.__file__.endswith("_libdir/_extra.py"))
import importlib
m = importlib.import_module("_guarded")
print(m is _guarded, importlib.import_module("_pkg.mod2").Z)
import math, collections as col, json as j
print(math.sqrt(4), col.deque([1]), j.dumps([1]))
print(sorted(k for k in vars(_guarded) if not k.startswith("__")))
print(type(_guarded), _guarded.__doc__)
if __name__ == "__main__":
    print("main guard in the script")
