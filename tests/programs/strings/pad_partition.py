# Pins zfill/center/ljust/rjust (with fill chars), partition/rpartition, expandtabs.
for s in ["7", "-7", "+7", "abc", "", "-", "12345"]:
    print(repr(s.zfill(5)), repr(s.center(6)), repr(s.center(7, "*")), repr(s.ljust(4, ".")), repr(s.rjust(4, "0")))
print(repr("ab".center(5)), repr("ab".center(6)), repr("abc".center(6)), repr("abc".center(2)))
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("a->b".partition("->"), "->".partition("->"), "".partition("x"))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\tdef\tg".expandtabs(4)), repr("\t".expandtabs(0)),
      repr("ab\n\tx".expandtabs(3)), repr("12345678\tx".expandtabs()))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "x".partition("")
except ValueError as e:
    print(type(e).__name__, e)
table = [("apple", 3, 1.5), ("kiwi", 12, 0.25), ("watermelon", 1, 4.0)]
for name, qty, price in table:
    print(name.ljust(12) + str(qty).rjust(4) + str(price).rjust(8) + "|" + name.center(12, "~") + "|")
