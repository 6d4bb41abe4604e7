import sys
class Obj: pass
o = Obj()
print(sys.getrefcount(o))
try:
    raise ValueError(o)
except ValueError as e:
    print(sys.getrefcount(o), sys.getrefcount(e))
    err = e
print(sys.getrefcount(o))
del err
print(sys.getrefcount(o))
def thrower():
    local = o
    raise KeyError("x")
try:
    thrower()
except KeyError as e:
    print(sys.getrefcount(o))
print(sys.getrefcount(o))
try:
    try:
        raise TypeError(o)
    finally:
        print("finally", sys.getrefcount(o))
except TypeError:
    pass
print(sys.getrefcount(o))
def keep():
    try:
        raise RuntimeError(o)
    except RuntimeError as e:
        return e
saved = keep()
print(sys.getrefcount(o), saved.args[0] is o)
del saved
print(sys.getrefcount(o))
