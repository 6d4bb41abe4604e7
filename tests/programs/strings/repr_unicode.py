# Pins repr() of strings (quote choice, escapes, non-printables, unicode) and of nested containers.
for s in ["plain", "it's", 'say "hi"', "both ' and \"", "tab\t", "nl\n", "cr\r", "back\\slash", "\x00\x1b\x7f",
          "é", "中文", "😀", "\u200b", "\xa0", "\xad", "\u2029", "\x80\x9f"]:
    print(repr(s), len(s), ascii(s))
print(repr(""), repr("'"), repr('"'), repr("'\""), str("'"))
nested = [1, "a", ("b", [2.5, None]), {"k": ["v", True]}, (), (1,), [], {}]
print(nested)
print(repr(nested))
print(str(nested) == repr(nested), str(("x",)), repr({"a": {"b": {"c": "d"}}}))
print([["'"], ['"'], ["\n"]], ("é", "\t"), {"\x01": b"\x01"})
print(repr(1), repr(1.0), repr(True), repr(None), repr(...), repr(b"x'\""), repr(range(3)))
print(str("x"), str(b"x"), str([b"a"]), str({1: (None,)}))
for c in "aZ09 ~\x7f\x80é✓":
    print(ord(c), repr(c), end="; ")
print()
lst = [1, 2]
lst.append(lst)
print(lst)
d = {"self": None}
d["self"] = d
print(d)
print(chr(ord("a") + 1), "".join(map(chr, range(97, 103))), list(map(ord, "AZ")))
