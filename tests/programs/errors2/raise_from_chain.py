class E(Exception): pass
try:
    raise E("inner")
except E as e:
    raise RuntimeError("outer") from e
