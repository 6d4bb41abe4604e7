# operator
import operator
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.sub(5, 3), operator.mul("a", 3), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8))
print(operator.neg(3), operator.pos(-3), operator.abs(-4), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None))
print(operator.eq(1, 1.0), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2))
print(operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.invert(5), operator.lshift(1, 4), operator.rshift(32, 2), operator.index(7))
print(operator.contains([1, 2], 2), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"), operator.concat([1], [2]), operator.getitem({"a": 1}, "a"))
d = {}
operator.setitem(d, "k", 1)
print(d)
operator.delitem(d, "k")
print(d, operator.iadd([1], [2]), operator.iadd(1, 2))
data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data, key=itemgetter(1)), sorted(data, key=itemgetter(0)), itemgetter(0, 1)("xyz"), itemgetter(1)(data))
class P:
    def __init__(self, name, age):
        self.name, self.age = name, age
        self.me = self
ps = [P("x", 30), P("y", 20)]
print([p.name for p in sorted(ps, key=attrgetter("age"))], attrgetter("name", "age")(ps[0]), attrgetter("me.me.name")(ps[1]))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("replace", "a", "b")("aa"))
print(itemgetter(1), itemgetter(0, 2), attrgetter("a.b"), methodcaller("f", 1, k=2))
try:
    operator.concat(1, 2)
except TypeError as e:
    print(e)
