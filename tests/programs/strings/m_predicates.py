# Pins str isdigit/isdecimal/isnumeric/isalpha/isalnum/isspace/isidentifier/isprintable/isascii over ASCII, Latin-1 and other Unicode characters, and the empty string.
samples = ["123", "²", "½", "一", "٣", "", " \t", "\x1c", "\x1f", "abc", "a1", "A", "é", "आ", "\u0905\u093e",
           "Ⅷ", "ª", "_", "1a", "def", "a b", "\xa0", "a\n", "\u200b", "€", "😀", "\u0378", "\u0300a", "a\u0300",
           "℘", "℮", "·", "〇", "①", "𝟘", "١٢٣", "a_b9", "ǅ", "\u2028", "\x7f", "ﬁ", " "]
names = ["isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isidentifier", "isprintable", "isascii"]
for s in samples:
    print(" ".join("U+%04X" % ord(c) for c in s), " ".join(str(int(getattr(s, n)())) for n in names))
for n in names:
    try:
        getattr("a", n)(1)
    except TypeError as e:
        print(type(e).__name__, e)
count = 0
for c in range(0x2000):
    ch = chr(c)
    count += ch.isalpha() + 2 * ch.isdigit() + 4 * ch.isspace() + 8 * ch.isprintable() + 16 * ch.isupper() + 32 * ch.isnumeric()
print(count)
