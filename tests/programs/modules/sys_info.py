# sys.version_info and sys.float_info are struct sequences: tuples with named fields
import sys
v = sys.version_info
print(v.major, v.minor, v[0], v[:2], len(v), v >= (3, 8), v < (3, 12), v[:2] == (3, 11), tuple(v)[:2], v.releaselevel)
major, minor, *rest = v
print(major, minor, rest[1:], type(v).__name__, v > (3,), v != (2, 7))
fi = sys.float_info
print(fi.max, fi.epsilon, fi.min, fi.dig, fi.mant_dig, fi.max_exp, fi.min_10_exp, fi.radix, len(fi), fi[0] == fi.max)
print(fi)
print(sys.maxunicode, sys.maxsize, sys.hexversion >> 16 == 0x30b)
if sys.version_info >= (3, 6):
    print("f-strings available")
