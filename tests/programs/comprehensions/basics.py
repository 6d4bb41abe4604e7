# Pins list/set/dict comprehensions with conditions, conditional expressions, nested for/if ordering, and dict.items().
nums = [3, -1, 4, -1, 5, -9, 2, 6]
print([n * 2 for n in nums])
print([n for n in nums if n > 0])
print([n if n > 0 else 0 for n in nums])
print([n for n in nums if n > 0 if n % 2 == 0])
print(sorted({n % 3 for n in nums}), {abs(n) for n in nums} == set(map(abs, nums)))
print({n: n * n for n in range(5)})
words = ["apple", "bob", "kayak", "level", "zoo"]
print({w: len(w) for w in words if w == w[::-1]})
prices = {"tea": 3, "cake": 5, "bun": 2}
print({k.upper(): v * 2 for k, v in prices.items() if v > 2})
print([f"{k}={v}" for k, v in sorted(prices.items(), key=lambda kv: kv[1])])
print({v: k for k, v in prices.items()})
print([(x, y) for x in range(3) for y in range(x)])
print([(x, y) for x in range(4) if x % 2 for y in "ab" if y != "b"])
print([[y for y in range(x)] for x in range(4)])
print([c for w in words for c in w if c in "aeiou"])
print("".join(ch.upper() for ch in "comprehension" if ch not in "aeiou"))
print([i for i in range(10)][::3], [x for x in []], {x for x in ""}, {k: 1 for k in ()})
print(dict((i, str(i)) for i in range(3)), sum(i * i for i in range(11)))
pairs = [(1, "one"), (2, "two"), (3, "three")]
print([name for num, name in pairs if num != 2], [a + b for (a, _), (b, _) in zip(pairs, pairs[1:])])
print([*[1, 2], *[x for x in (3, 4)]], [[0] * 3 for _ in range(2)])
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
print({x: y for x, y in [("a", 1), ("a", 2), ("b", 3)]})
print(len([None for _ in range(1000)]), [str(x) for x in range(3)] + list(map(str, range(3, 5))))
print([x for x in range(20) if x % 2 == 0 and x % 3 == 0], [(lambda v: v + 1)(x) for x in range(3)])
