o = object()
try:
    o.a = 1
except AttributeError as e: print(e)
try:
    object.__setattr__(o, 'a', 1)
except AttributeError as e: print(e)
try:
    o.__setattr__('a', 1)
except AttributeError as e: print(e)
