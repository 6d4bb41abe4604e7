# Pins str zfill/center/ljust/rjust (fillchar, odd margins, widths <= len) and expandtabs (tab stops, \r and \n resets), with CPython's errors.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


for s in ["ab", "abc", "", "é€"]:
    for w in [-1, 0, 2, 3, 5, 6, 7, True]:
        print(repr(s), w, repr(s.center(w)), repr(s.center(w, "*")), repr(s.ljust(w, "-")), repr(s.rjust(w, "é")), repr(s.zfill(w)))
for s in ["-12", "+7", "--", "-", "+", "12", "x-1"]:
    print(repr(s), s.zfill(5), s.zfill(2))
show("center no arg", lambda: "a".center())
show("center long fill", lambda: "a".center(5, "ab"))
show("center int fill", lambda: "a".center(5, 1))
show("center none fill", lambda: "a".center(5, None))
show("ljust empty fill", lambda: "a".ljust(5, ""))
show("center str width", lambda: "a".center("x", 1))
show("center float", lambda: "a".center(3.0))
show("center huge", lambda: "a".center(10**30))
show("zfill no arg", lambda: "a".zfill())
show("zfill str", lambda: "a".zfill("5"))
show("rjust kw", lambda: "a".rjust(5, fillchar="*"))

for s in ["a\tb\n\tc", "a\tb", "ab\tc\r\td", "abc", "\t", "é\tx", "12345678\tx", "\t\t|"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(0)), repr(s.expandtabs(-3)), repr(s.expandtabs(4)), repr(s.expandtabs(tabsize=1)))
show("expandtabs str", lambda: "a".expandtabs("x"))
show("expandtabs none", lambda: "a".expandtabs(None))
show("expandtabs kw", lambda: "a".expandtabs(size=2))
show("expandtabs C int", lambda: "a\tb".expandtabs(2**31))
show("expandtabs neg C int", lambda: "a\tb".expandtabs(-2**40))
show("splitlines C int", lambda: "a\nb".splitlines(2**40))
show("center memory", lambda: "a".center(2**62))
show("zfill memory", lambda: "a".zfill(2**62))
