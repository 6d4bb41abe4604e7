import functools, operator, copy, heapq, bisect
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
print(functools.reduce(operator.add, [1, 2, 3]), functools.reduce(lambda a, b: a * b, [], 1), functools.reduce(max, 'hello'))
t(functools.reduce, operator.add, []); t(functools.reduce, operator.add); t(functools.reduce, 1, [1, 2]); t(functools.reduce, operator.add, 5)
p = functools.partial(pow, 2); print(p(10), p.func is pow, p.args, p.keywords)
p2 = functools.partial(int, base=2); print(p2('101'), p2('11', base=3), p2.keywords, repr(functools.partial(max, 1, key=abs)) .startswith('functools.partial(<built-in function max>, 1, key=<built-in function abs>)'))
p3 = functools.partial(p, 3); print(p3(), p3.func is pow, p3.args)
t(functools.partial); t(functools.partial, 1)
def f(a, b=2, *c, d, **e):
    """doc of f"""
    return (a, b, c, d, e)
@functools.wraps(f)
def g(*a, **k):
    return f(*a, **k)
print(g.__name__, g.__doc__, g.__wrapped__ is f, g(1, d=4), g.__qualname__, g.__module__)
def deco(fn):
    @functools.wraps(fn)
    def inner(*a): return fn(*a) * 2
    return inner
@deco
def h(x): 'hdoc'; return x
print(h(3), h.__name__, h.__doc__)
print(functools.cmp_to_key(lambda a, b: b - a)(1) < functools.cmp_to_key(lambda a, b: b - a)(2), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b)))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(1), V(2) != V(2))
class CP:
    @functools.cached_property
    def val(self):
        print('computing'); return 42
c = CP(); print(c.val, c.val)
@functools.singledispatch
def disp(x): return 'default'
@disp.register(int)
def _(x): return 'int'
@disp.register
def _(x: str): return 'str'
print(disp(1), disp('a'), disp(1.5), disp(True))
print(operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)('abc'), operator.itemgetter('k')({'k': 9}), operator.attrgetter('real')(5), operator.attrgetter('real', 'imag')(5), operator.methodcaller('split', ',')('a,b'), operator.methodcaller('replace', 'a', b='x') if False else '')
class O: pass
o = O(); o.a = O(); o.a.b = 7; print(operator.attrgetter('a.b')(o))
t(operator.itemgetter(5), [1]); t(operator.attrgetter('zz'), o); t(operator.itemgetter); t(operator.attrgetter, 1); t(operator.methodcaller); t(operator.methodcaller, 1)
print(repr(operator.itemgetter(1, 'a')), repr(operator.attrgetter('x', 'y.z')), repr(operator.methodcaller('f', 1, k=2)))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul('a', 3), operator.truediv(1, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 5), operator.neg(3), operator.pos(-3), operator.abs(-2), operator.inv(5), operator.invert(5), operator.lshift(1, 3), operator.rshift(16, 2), operator.and_(6, 3), operator.or_(6, 3), operator.xor(6, 3), operator.not_(0), operator.truth(2), operator.is_(None, None), operator.is_not(1, None))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(1, 2), operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf('abc', 'c'), operator.getitem([5, 6], 1), operator.concat([1], [2]), operator.index(7), operator.length_hint([1, 2]), operator.length_hint(iter([]), 5))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.imul('ab', 2))
t(operator.concat, 1, 2); t(operator.indexOf, [1], 5); t(operator.index, 1.5); t(operator.add, 1, 'a')
a = [1, [2, 3], {'k': [4]}]; b = copy.copy(a); c2 = copy.deepcopy(a); a[1].append(99); print(b, c2, b[1] is a[1], c2[1] is a[1])
class D:
    def __init__(self): self.x = [1]
d = D(); d2 = copy.deepcopy(d); d2.x.append(2); print(d.x, d2.x, copy.copy(d).x is d.x)
class DC:
    def __copy__(self): return 'copied'
    def __deepcopy__(self, memo): return 'deep'
print(copy.copy(DC()), copy.deepcopy([DC()]), copy.copy((1, 2)), copy.deepcopy((1, [2])), copy.copy(5), copy.deepcopy({1: {2: 3}}), copy.copy(set([1])), copy.deepcopy(frozenset([1])))
r = [1]; r.append(r); rr = copy.deepcopy(r); print(rr[1] is rr, rr is not r)
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h); heapq.heappush(h, 0); print(heapq.heappop(h), h, heapq.heappushpop(h, 4), heapq.heapreplace(h, 10), h)
print(heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(3, [3, 1, 4, 1, 5]), heapq.nlargest(2, 'abc', key=lambda x: -ord(x)), list(heapq.merge([1, 3, 5], [2, 4])), list(heapq.merge([5, 3], [4, 1], reverse=True)), list(heapq.merge(['a', 'bb'], ['c'], key=len)), heapq.nsmallest(0, [1]), heapq.nlargest(10, [1, 2]))
t(heapq.heappop, []); t(heapq.heapreplace, [], 1); t(heapq.heapify, (1,)); t(heapq.heappush, [1], 'a')
s = [1, 2, 2, 2, 3, 5]; print(bisect.bisect_left(s, 2), bisect.bisect_right(s, 2), bisect.bisect(s, 4), bisect.bisect_left(s, 2, 2), bisect.bisect_right(s, 2, 0, 3), bisect.bisect_left(s, 10), bisect.bisect([], 1))
bisect.insort(s, 4); bisect.insort_left(s, 2); bisect.insort_right(s, 0); print(s, bisect.bisect_left([(1, 'a'), (2, 'b')], 2, key=lambda x: x[0]))
t(bisect.bisect, s, 1, -1); t(bisect.bisect, s, 1, 5, 2); t(bisect.bisect, 5, 1)
