# A module-level __getattr__ (PEP 562) answers attribute misses, for both
# `module.name` and `from module import name`.
import _lazy_mod

print(_lazy_mod.present)
print(_lazy_mod.lazy_thing)
from _lazy_mod import lazy_other, present

print(lazy_other, present)
try:
    _lazy_mod.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from _lazy_mod import missing
except ImportError as e:
    print("ImportError:", e)
print(getattr(_lazy_mod, "lazy_x", None), hasattr(_lazy_mod, "nope"))
