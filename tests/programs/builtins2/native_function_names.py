# __name__, __qualname__ and __module__ of built-in functions and methods.
import math

for f in (len, print, math.sqrt, [].append, dict.fromkeys, "".join, {}.get):
    print(f.__name__, f.__qualname__, f.__module__)
for f in (list.append, str.join, dict.get):
    print(f.__name__, f.__qualname__, hasattr(f, '__module__'))
