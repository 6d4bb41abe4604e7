# The concatenation errors of sequence subclasses name the base type (list,
# str, tuple) on the left, but bytes-like types name the actual class.
from collections import namedtuple


class L(list):
    pass


class S(str):
    pass


class T(tuple):
    pass


class B(bytes):
    pass


P = namedtuple('P', 'x y')
for value in [L([1]), S('s'), T((1,)), B(b'b'), bytearray(b'a'), P(1, 2), [], '', (), b'']:
    for other in [1, None, 2.5]:
        try:
            value + other
        except TypeError as e:
            print(type(value).__name__, '+', type(other).__name__, '->', e)
