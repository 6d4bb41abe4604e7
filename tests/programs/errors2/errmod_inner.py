# A class nested in a class of another module: module.Outer.Inner.
from _errmod import Outer


def lookup(table, key):
    if key not in table:
        raise Outer.Inner(key)
    return table[key]


print(lookup({"a": 1}, "a"))
lookup({"a": 1}, "b")
