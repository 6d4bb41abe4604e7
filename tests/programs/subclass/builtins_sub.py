# Subclass instances passed to built-in functions.
class L(list):
    def __iter__(self):
        yield from ("a", "b")
print(list(reversed(L([1, 2]))), list(enumerate(L([1]))), list(zip(L([1]), [2])), any(L([0])), [*L([5])])
print(isinstance(L(), (dict, list)), issubclass(L, list), L.__bases__, L.__qualname__)
class I(int):
    pass
print(sum([I(1), I(2)]), type(sum([I(1), I(2)])), abs(I(-1)), pow(I(2), 3), round(I(5)), I(7) % 3, -I(3), ~I(0), +I(4), type(+I(4)))
print(bin(I(5)), hex(I(255)), chr(I(65)), "abc"[I(1)], [0] * I(2), I(3).to_bytes(1, "big"), I(1) << 3, I(6) & 3)
import math
print(math.sqrt(I(16)), float(I(2)), int(I(3)), complex if False else 0, divmod(I(7), I(2)), max(I(1), 2))
class S(str):
    pass
class O:
    pass


o = O()
setattr(o, S("attr"), 5)
print(getattr(o, "attr"), o.attr, S("a") in {"a": 1}, S("%s-%d") % ("x", 1), S("{}!").format(S("q")))
