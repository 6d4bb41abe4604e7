import itertools as it
def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
L = lambda x: list(x)
print(L(it.islice(it.count(), 5)), L(it.islice(it.count(2.5, 0.5), 3)), L(it.islice(it.count(10, -3), 3)), repr(it.count(5)), repr(it.count(1.5, 2)), repr(it.count(0, -1)))
print(L(it.islice(it.cycle('ab'), 5)), L(it.repeat(1, 3)), repr(it.repeat('a', 2)), repr(it.repeat(1)), L(it.repeat(1, -1)))
print(L(it.accumulate([1, 2, 3])), L(it.accumulate([1, 2, 3], initial=10)), L(it.accumulate([3, 1, 4], max)), L(it.accumulate([])), L(it.accumulate([], initial=0)), L(it.accumulate('abc')))
print(L(it.chain('ab', [1])), L(it.chain.from_iterable(['ab', 'c'])), L(it.compress('abcd', [1, 0, 1])), L(it.dropwhile(lambda x: x < 3, [1, 4, 1])), L(it.takewhile(lambda x: x < 3, [1, 4, 1])), L(it.filterfalse(None, [0, 1, 2, ''])))
print([(k, L(g)) for k, g in it.groupby('aabbbc')], [(k, L(g)) for k, g in it.groupby([1, 3, 2, 4], key=lambda x: x % 2)], L(it.groupby([])))
g = it.groupby('aabb'); k1, g1 = next(g); next(g); print(k1, L(g1))
print(L(it.islice('abcdefg', 2, None)), L(it.islice('abcdefg', 1, 6, 2)), L(it.islice('abc', None)), L(it.islice('abc', 0)))
t(it.islice, 'abc', -1); t(it.islice, 'abc', 1, 2, 0); t(it.islice, 'abc', 'x'); t(it.islice, 'abc'); t(it.islice, 'a', 1, 2, 3, 4)
print(L(it.starmap(pow, [(2, 3), (3, 2)])), L(it.tee('abc')[1]), len(it.tee('a', 3)), L(it.zip_longest('ab', 'xyz', fillvalue='-')), L(it.zip_longest()), L(it.pairwise('abcd')), L(it.pairwise('a')))
print(L(it.product('ab', repeat=2)), L(it.product()), L(it.product('ab', [])), L(it.product([1, 2], 'x')), len(L(it.product(range(3), repeat=3))))
print(L(it.permutations('abc', 2)), L(it.permutations([1, 2, 3])), L(it.permutations('ab', 3)), L(it.permutations('ab', 0)), L(it.combinations('abcd', 2)), L(it.combinations('ab', 3)), L(it.combinations_with_replacement('abc', 2)), L(it.combinations('', 0)))
t(it.permutations, 'ab', -1); t(it.combinations, 'ab', -1); t(it.product, 'ab', repeat=-1); t(it.repeat); t(it.count, 'a'); t(lambda: L(it.chain(1))); t(it.cycle, 5); t(it.tee, 'a', -1); t(lambda: L(it.accumulate([1, 'a'])))
a, b = it.tee(iter([1, 2, 3])); print(next(a), L(b), L(a))
c = it.count(); next(c); print(c, next(c))
print(L(it.zip_longest([1], [2, 3], [4, 5, 6])), L(it.batched('abcdefg', 3)) if hasattr(it, 'batched') else 'nob')
print(type(it.chain()).__name__, type(it.islice('', 1)).__name__, it.chain.__name__, L(it.compress(range(10), it.cycle([1, 0]))))
print(L(map(sum, it.combinations(range(5), 3))), sum(1 for _ in it.permutations(range(5))))
def gen():
    yield 1; yield 2
print(L(it.islice(gen(), 1)), L(it.chain(gen(), gen())), next(it.dropwhile(lambda x: True, []), 'empty'))
