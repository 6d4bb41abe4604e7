import string
print(string.ascii_letters, repr(string.whitespace), string.punctuation, repr(string.printable))
print(string.capwords("hello   world  foo"), string.capwords("a-b-c", "-"))
t = string.Template("$who likes ${what}, $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
try:
    string.Template("$1 x").substitute()
except ValueError as e:
    print(e)
import importlib
m = importlib.import_module("string")
print(m is string, string.digits, string.hexdigits, string.octdigits)
print(__import__("string").digits)
