# Pins str.split/rsplit (sep, maxsplit, whitespace rules), join, splitlines (keepends).
s = "  the quick  brown\tfox\njumps  "
print(s.split(), s.split(" "), s.split(None, 2), s.rsplit(None, 2))
print("a,b,,c,".split(","), "a,b,,c,".split(",", 2), "a,b,,c,".rsplit(",", 2), "".split(","), "".split())
print("a--b--c".split("--"), "abc".split("abc"), "xaxbx".split("x"), "1 2 3".split(" ", 0))
print("a b c d".rsplit(" ", 1), "a b c d".split(maxsplit=1), "a b c d".rsplit(maxsplit=2))
print(",".join(["x", "y"]), " ".join("abc"), "-".join(("1", "2")), "".join(["a", "b"]))
print("\n".join(["line1", "line2"]))
text = "one\ntwo\r\nthree\rfour\n\nfive"
print(text.splitlines(), text.splitlines(True), "".splitlines(), "x\n".splitlines(), "\n".splitlines())
print("a\x0bb\x0cc\x1cd\u2028e".splitlines())
try:
    ",".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
words = "the cat sat on the mat".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(counts, len(words))
print(" ".join(reversed(words)), "|".join(sorted(words)))
print("a b".split(" ", -1), "  a  b  ".split(" "), "a\tb\nc\x0bd\x0ce\rf".split())
