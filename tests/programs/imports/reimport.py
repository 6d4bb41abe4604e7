# a module runs once; sys.modules is the cache; module globals are live
import sys
import _counter_mod
import _counter_mod as again
from _counter_mod import get
print(again is _counter_mod, get())
_counter_mod.value = 42
print(get(), _counter_mod.get())
del sys.modules["_counter_mod"]
import _counter_mod
print(_counter_mod is again, _counter_mod.value, again.value)
try:
    import numpy as np
except ImportError as e:
    np = None
    print("fallback:", e)
def lazy():
    import _counter_mod
    return _counter_mod.value
print(lazy())
sys.modules["fake"] = "I am a string"
import fake
print(fake, fake.upper())
print(__import__("_counter_mod") is sys.modules["_counter_mod"])
