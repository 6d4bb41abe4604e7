try:
    x = [0] * 10**12
except MemoryError as e:
    print("MemoryError", type(e).__name__, e.args)
try:
    y = 'ab' * 10**12
except MemoryError as e:
    print("MemoryError", e.args)
try:
    y = b'ab' * 10**12
except MemoryError as e:
    print("MemoryError bytes", e.args)
try:
    y = (1, 2) * 10**12
except MemoryError as e:
    print("MemoryError tuple", e.args)
try:
    y = bytearray(10**13)
except MemoryError as e:
    print("MemoryError bytearray", e.args)
try:
    y = [None] * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
try:
    y = "x" * (2**63)
except OverflowError as e:
    print(type(e).__name__, e)
print(issubclass(MemoryError, Exception))
print("survived")
