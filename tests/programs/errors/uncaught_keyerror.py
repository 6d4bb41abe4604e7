# Pins an uncaught KeyError with a string key: the last stderr line shows the key's repr.
d = {"present": 1}
print(d["present"])
print(d["absent"])
