# Dunder methods of the built-in containers, called by name.
def show(e):
    try:
        r = eval(e)
        if hasattr(r, "__next__"):
            r = ("iterator", list(r))
        print(e, "->", repr(r))
    except Exception as x:
        print(e, "->", type(x).__name__, x)

for e in [
    '[].__mul__("x")', '[1].__rmul__(2)', '[].__imul__("x")', '[].__iadd__(5)', '[1].__iadd__((2, 3))',
    '[1, 2].__imul__(2)', '[1].__imul__(True)', '[].__imul__(2.0)', '[1].__imul__(2**70)',
    '"a".__rmul__(3)', '"%s".__rmod__(3)', '"a".__rmod__("%s")', 'b"%s".__mod__(b"x")', 'b"x".__rmul__(2)',
    '(1,).__rmul__(2)', '{1}.__ior__([1])', '{1}.__ror__({2})', '{1, 2}.__rand__({2})', '{1, 2}.__rsub__({2, 3})',
    '{1}.__rxor__(frozenset({2}))', '{1}.__iand__({1, 2})', '{1}.__isub__({1})', '{1}.__ixor__({2})',
    'frozenset({1}).__ror__({2})', '{1: 2}.__ror__({3: 4})', '{1: 2}.__or__([1])', '{1: 2}.__or__({1: 3})',
    '{1: 2}.__ior__([(3, 4)])', '{1: 2}.__ior__(5)', 'bytearray(b"a").__iadd__(b"b")', 'bytearray(b"a").__iadd__(5)',
    'bytearray(b"a").__imul__(2)', 'bytearray(b"ab").__mul__(2)', 'bytearray(b"ab").__rmul__(2)', 'bytearray().__mul__("x")',
    'bytearray(b"a").__add__(b"b")', 'bytearray(b"%d").__mod__(5)', 'bytearray.__hash__',
    'range(3).__reversed__()', 'range(0, 10, 3).__reversed__()', 'range(3).__bool__()', 'range(0).__bool__()',
    'range(3).__len__()', 'range(3).__getitem__(-1)', 'range(10).__getitem__(slice(2, 8, 3))', 'range(3).__contains__(2)',
    'range(3).__iter__()', 'range(3).__eq__(range(0, 3))', 'range(3).__eq__([0, 1, 2])', 'range(3).__lt__(range(3))',
    'range(3).__ne__(range(4))', 'hash(range(3)) == range(3).__hash__()',
    'memoryview(b"ab").__len__()', 'memoryview(b"ab").__getitem__(1)', 'memoryview(b"ab").__eq__(b"ab")',
    'memoryview(b"ab").__iter__()', 'bytearray(b"ab").__eq__(b"ab")', 'bytearray(b"ab").__lt__(b"b")',
    'bytearray(b"ab").__ge__(bytearray(b"ab"))', 'bytearray(b"ab").__eq__("ab")', 'bytearray(b"ab").__lt__(5)',
    'bytearray(b"abc").__getitem__(slice(1, None))', 'bytearray(b"a").__contains__(97)', 'bytearray(b"ab").__len__()',
    'bytearray(b"ab").__iter__()', 'bytearray(b"ab").__repr__()', 'range(1, 5).__repr__()',
    '[1, 2, 3].__reversed__()', '{1: 2, 3: 4}.__reversed__()', 'list.__reversed__([5, 6])',
]:
    show(e)

b = bytearray(b"abc")
b.__setitem__(0, 65); b.__setitem__(slice(1, 2), b"XY"); b.__delitem__(-1); print(b)
m = memoryview(bytearray(b"xyz")); m.__setitem__(0, 88); print(m.tobytes())
try:
    m.__delitem__(0)
except TypeError as e:
    print("TypeError", e)
class R(list):
    def __reversed__(self):
        return iter(["custom"])
print(list(reversed(R([1, 2]))), list(list.__reversed__(R([1, 2]))))
class L(list):
    pass
x = L([1, 2]); x += [3]; x *= 2; print(x, type(x).__name__, list(reversed(x)))
