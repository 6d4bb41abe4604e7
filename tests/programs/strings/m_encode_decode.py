# Pins str.encode / bytes.decode for utf-8, ascii and latin-1 (aliases included) with errors strict/ignore/replace/backslashreplace/xmlcharrefreplace, CPython's UnicodeError messages, and bytes.hex / bytes.fromhex.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ["abc", "aé€b", "é€x€€€", "😀", "x\x80", ""]:
    for enc in ["utf-8", "ascii", "latin-1", "UTF8", "Latin1", "iso-8859-1", "us-ascii", "l1", "u8"]:
        for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
            show(repr(s) + " " + enc + " " + errors, lambda: s.encode(enc, errors))
show("default", lambda: "héllo".encode())
show("kw", lambda: "héllo".encode(encoding="latin-1", errors="strict"))
show("unknown encoding", lambda: "a".encode("foo"))
show("unused bad handler", lambda: "a".encode("ascii", "bogus"))
show("used bad handler", lambda: "é".encode("ascii", "bogus"))
show("used bad handler alias", lambda: "é".encode("l1", "bogus") and "€".encode("l1", "bogus"))
show("encoding int", lambda: "a".encode(1))
show("errors none", lambda: "a".encode("utf-8", None))

for data in [b"abc", b"\xff", b"a\xc3", b"a\xc3(", b"\xe2\x82", b"\xe2\x82(", b"\xe2(\xa1", b"\xf0\x90\x80", b"\xed\xa0\x80",
             b"\xc0\x80", b"\xf4\x90\x80\x80", b"\x80abc", b"ab\xc3\xa9\xff\xfe", b"\xe2\x82\xac\xe2\x82", b"\xf0\x9f\x98\x80"]:
    for enc in ["utf-8", "ascii", "latin-1"]:
        for errors in ["strict", "ignore", "replace", "backslashreplace"]:
            show(repr(data) + " " + enc + " " + errors, lambda: data.decode(enc, errors))
show("decode default", lambda: "Grüße €".encode().decode())
show("decode kw", lambda: b"\xe9".decode(errors="replace"))
show("decode unknown", lambda: b"a".decode("bogus"))
show("decode int", lambda: b"a".decode(1))

for args in [(), (":",), (":", 2), ("-", -2), (" ", 3), (b".",), ("::",), ("\xe9",), (1,), (None,)]:
    show("hex" + repr(args), lambda: b"\x01\x23\x45\x67\x89".hex(*args))
show("hex kw", lambda: b"abc".hex(sep="_", bytes_per_sep=0))
for text in ["0123 4567", "  ab\tCD\n", "", "abc", "zz", "0 1", "01é", "01\x1c02", 1]:
    show("fromhex " + repr(text), lambda: bytes.fromhex(text))
print(bytes.fromhex(b"\x00\xff hello".hex()), "round trip".encode("ascii").hex(" ", -4))
