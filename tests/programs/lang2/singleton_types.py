# The singleton types return their one instance when called.
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
for t in (type(None), type(...), type(NotImplemented)):
    try:
        t(1)
    except TypeError as e:
        print("TypeError:", e)
try:
    type(None)(x=1)
except TypeError as e:
    print("TypeError:", e)
NoneType = type(None)
print(NoneType.__name__, isinstance(None, NoneType), NoneType() == None)
