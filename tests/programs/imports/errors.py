import sys
try:
    from _helper import nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    import nothere
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _helper.x
except ImportError as e:
    print(type(e).__name__, e)
try:
    import _bad
except ZeroDivisionError as e:
    print("bad failed:", e, "_bad" in sys.modules)
try:
    import _syn
except SyntaxError as e:
    print("syntax error:", e.msg)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from sys import nope
except ImportError as e:
    print(type(e).__name__, e)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__("")
except ValueError as e:
    print(type(e).__name__, e)
try:
    import nothere.sub
except ModuleNotFoundError as e:
    print(e.name, e.path, e.msg, repr(e))
try:
    from _helper import nope
except ImportError as e:
    print(e.name, e.path.endswith("_helper.py"), isinstance(e, ModuleNotFoundError))
try:
    import _helper.sub
except ImportError as e:
    print(e.name)
