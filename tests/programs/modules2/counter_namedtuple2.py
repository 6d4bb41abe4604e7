from collections import Counter, namedtuple
def t(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)
c = Counter(a=3, b=1, c=0, d=-2)
print(c.most_common(), list(c.elements()), c.total(), +c, -c, c + Counter(), c - Counter(), c | Counter(), c & Counter(a=1))
print(Counter('mississippi').most_common(3), Counter([1, 2, 2, 3, 3, 3]).most_common(2), sorted(Counter('abcab').items()))
c2 = Counter(); c2['x'] += 1; c2['y'] -= 1; print(c2, c2['missing'], 'missing' in c2, len(c2))
c3 = Counter({'a': 1}); c3.update(Counter({'a': 2, 'b': 3})); c3.update([('a')]); print(c3); c3.subtract(Counter(a=10)); print(c3); c3.subtract(b=1, c=1); print(c3)
t(c3.update, 5); t(c3.subtract, 5); t(Counter, {'a': 'x'}.items()) ; t(lambda: Counter(a='x') + Counter(a=1))
print(Counter(a=2) == Counter(a=2, b=0), Counter(a=1) != Counter(a=2), Counter() == {}, Counter(a=1) == {'a': 1}, Counter(a=1) <= Counter(a=1, b=1), Counter(a=2) > Counter(a=1))
t(lambda: Counter(a=1) < {'a': 2}) 
print(repr(Counter(b=2, a=2, c=3)), str(Counter({1: 1, 2: 2})), Counter('aab').keys(), list(Counter('aab').values()), dict(Counter('ba')))
print(Counter(x=1, y=2).most_common(None), Counter('abc').most_common(-1) , Counter('aaabbc') & Counter('abbbcc'), Counter('aaabbc') | Counter('abbbcc'))
cc = Counter('hello'); del cc['l']; print(cc, cc.pop('h'), cc.setdefault('z', 5), cc, cc.get('q', 7), sorted(cc))
class MyCounter(Counter):
    pass
mc = MyCounter('aab'); print(type(mc + mc).__name__, mc, type(mc.copy()).__name__, repr(MyCounter()))
print(sum(Counter('abc').values()), max(Counter('abbccc').items(), key=lambda kv: kv[1]), Counter(dict.fromkeys('ab', 2)))
Point = namedtuple('Point', 'x y', defaults=[0])
print(Point(1), Point(1, 2), Point._field_defaults, Point.__new__.__defaults__, Point._fields, Point.__match_args__ if hasattr(Point, '__match_args__') else '')
p = Point(3, 4); print(p._asdict(), type(p._asdict()).__name__, p._replace(x=0)._replace(y=9), Point._make((5, 6)), p.__getnewargs__(), p.__repr__())
print(Point.x, Point.y.__doc__, Point.__doc__, Point.__module__, Point.__qualname__, Point.__slots__, isinstance(Point.x, property))
t(lambda: Point()); t(lambda: Point(1, 2, 3)); t(lambda: Point(z=1)); t(lambda: Point(1, x=1)); t(lambda: p._replace(1)); t(lambda: Point._make(range(3)))
V = namedtuple('V', 'a b c', module='mymod'); print(V.__module__, V(1, 2, 3))
W = namedtuple('W', ['x', 'x1', '_y', 'class', 'x'], rename=True); print(W._fields, W(1, 2, 3, 4, 5))
t(namedtuple, 'Bad', ['a', 'a']); t(namedtuple, 'Bad', ['_a']); t(namedtuple, 'class', 'a'); t(namedtuple, 'Bad name', 'a'); t(namedtuple, 'B', ['a b']); t(namedtuple, 'B', 5); t(namedtuple, 'B', [1])
import copy, json
print(copy.copy(p), copy.deepcopy(Point([1], [2])), json.dumps(p), json.dumps({'p': Point(1, 2)}), tuple.__repr__(p), sorted([Point(2, 1), Point(1, 5)]), Point(1, 2) < Point(1, 3), dict(zip(p._fields, p)))
x, *rest = Point(7, 8); print(x, rest, {Point(1, 1): 'v'}[(1, 1)], Point(1, 2) == (1, 2), len(Point(1)), list(reversed(p)))
