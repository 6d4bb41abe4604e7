import itertools as it, operator
data = [('a', 1), ('b', 2), ('a', 3), ('c', 4), ('b', 5)]
for k, g in it.groupby(sorted(data), key=operator.itemgetter(0)):
    print(k, list(g))
print([k for k, _ in it.groupby('AAAABBBCCDAABBB')], [list(g) for k, g in it.groupby('AAAABBBCCD')])
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate(range(5), lambda a, b: a + b * 2, initial=100)))
print(list(it.starmap(lambda a, b: a * b, zip(range(4), range(4, 8)))), list(it.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(it.islice(it.cycle('ABC'), 2, 10, 3)), list(it.takewhile(str.isupper, 'ABcD')), list(it.dropwhile(str.isupper, 'ABcD')))
print(list(it.zip_longest('ABCD', 'xy', fillvalue='-')), list(it.product('AB', 'cd', repeat=1)), len(list(it.product('ABC', repeat=4))))
print(list(it.permutations(range(3))), list(it.combinations(range(4), 3)), list(it.combinations_with_replacement('AB', 3)))
print(sum(1 for _ in it.combinations(range(10), 5)), list(it.filterfalse(lambda x: x % 2, range(10))), list(map(tuple, it.tee('ab', 3))))
c = it.count(1, 0.5); print([next(c) for _ in range(4)], c)
r = it.repeat('x', 3); print(r, list(r), r, list(map(pow, range(5), it.repeat(2))))
print(list(it.chain.from_iterable(it.repeat([1, 2], 2))), list(zip(it.count(), 'abc')), dict(zip('abc', it.count(10))))
t1, t2 = it.tee(x * x for x in range(4)); print(list(t1), list(t2), list(t1))
pw = it.pairwise([1, 2, 4, 7]); print([b - a for a, b in pw])
print(list(it.islice(range(100), 95, None)), list(it.islice('abc', 5)), list(it.islice(iter('abcdef'), 1, None, 2)))
src = iter(range(10)); head = list(it.islice(src, 3)); print(head, list(src))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(it.islice(fib(), 15)), list(it.takewhile(lambda x: x < 100, fib())))
print(list(it.product(*[[1, 2]] * 3))[:4], next(it.permutations('abc', 2)), next(it.combinations('xyz', 2)))
for bad in [lambda: it.permutations('ab', 'x'), lambda: it.combinations('ab'), lambda: it.combinations('ab', 1.5), lambda: it.product('a', repeat='x'), lambda: it.accumulate(5), lambda: it.starmap(pow, 5), lambda: it.zip_longest(1), lambda: it.pairwise(5), lambda: it.groupby(5), lambda: it.compress(5, [1]), lambda: it.dropwhile(None, 5), lambda: it.takewhile(None, 3), lambda: it.filterfalse(None, 3), lambda: list(it.starmap(pow, [1])), lambda: it.cycle(), lambda: it.tee(5)]:
    try:
        bad(); print('no error')
    except Exception as e:
        print(type(e).__name__, e)
