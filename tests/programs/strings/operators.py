# Pins string concatenation, repetition, comparisons (lexicographic, by code point), and errors.
a, b = "apple", "banana"
print(a + b, a + " " + b, a * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 5))
print(a < b, a > b, a == "apple", a != "Apple", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print("a" <= "a", "b" >= "a", "10" < "9", "é" > "z", max("hello"), min("hello"))
s = "ab"
s += "cd"
s *= 2
print(s, len(s))
print(sorted(["pear", "Apple", "banana", "apple", "Banana"]))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print(str(123) + "4", str(1.5), str(None), str(True), str([1, "a"]), str("x"))
print("abc" == "abc", "abc" != None, "a" "b" == "ab")
for bad in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" < 1,
            lambda: "a" - "b", lambda: -"a"]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(ord("A"), ord("é"), ord("✓"), ord("😀"), chr(65), chr(233), chr(10003), chr(128512))
for c in [0, 9, 10, 31, 32, 126, 127, 160, 255, 256, 0x2028]:
    print(c, repr(chr(c)))
try:
    chr(0x110000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
