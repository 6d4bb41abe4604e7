for s in ["they're bill's friends", "ǆemal ǈ", "ŉ", "ﬃ", "ΑΣ ΣΑΣ", "σς", "hello\u0301world", "İstanbul", "ß", "ǰ", "ΐ", "1st 2nd", "a_b-c d.e", "ⅰⅱ", "ａｂｃ", "ꭰ", "𐐀𐐨", "Ᾰ", "ᾳ", "ǅ"]:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), s.istitle(), s.isupper(), s.islower())
for c in ["\u00b2", "\u2460", "\u0660", "\u06f1", "\u2155", "\u3405", "\U0001d7ce", "\u1369", "\uff11", "\u00bd", "\u0f33", "\u2070"]:
    print(hex(ord(c)), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalnum(), c.isalpha(), c.isprintable())
for c in ["\u1680", "\u2000", "\u200a", "\u202f", "\u205f", "\u3000", "\x1c", "\x1f", "\x85", "\u180e", "\ufeff"]:
    print(hex(ord(c)), c.isspace(), c.isprintable(), repr(c), len(("a" + c + "b").split()))
print("a\u2028b\x1cc\x85d".splitlines(), "Ⅻ".lower(), "ⓐ".upper(), "ǉ".title(), "ǉ".upper(), "ǈ".lower())
print(repr("\x00\x07\x1b\x7f\x80\x9f\xa0\xad\u0378\u200e\ud7ff\ue000\uffff\U0001f600\U000e0001\U0010ffff"))
print(ascii("é😀\n"), ascii(["é"]), "é😀".encode("ascii", "backslashreplace"), "é😀".encode("ascii", "xmlcharrefreplace"))
print("abc".center(10, "ü"), "x".ljust(3, "😀"), "%5s|" % "é", "{:^7}".format("ß"), f"{'ü':*>4}")
print(sorted(["b", "A", "é", "a", "Z", "ß"]), max("aé"), "é" > "z", "ä".encode("utf-16-le") if False else "")
print("straße".upper().lower(), "ﬁ".upper(), len("ﬁ".upper()), "ǰ".upper(), "İ".lower(), len("İ".lower()))
print("Hello World".swapcase(), "ΣΑΣ".swapcase() if False else "", "aΣ".lower(), "aΣb".lower(), "Σ".lower(), "aΣ.".lower(), "a.Σ".lower(), "aΣ Σ".lower())
print("abc".zfill(-1), "\t\ta".expandtabs(1), "ab\u3000cd".split(), "x\u00a0y".split(), "x\u200by".split())
print("Ǆ".istitle(), "ǅ".istitle(), "ǅa".istitle(), "A1b".istitle(), "1A".istitle(), "ÀB".isupper(), "ǅ".isupper(), "ǅ".islower())
