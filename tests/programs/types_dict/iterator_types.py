d = {1: 2}
for x in [iter(d), iter(d.values()), iter(d.items()), reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items()), iter([]), reversed([]), iter(()), reversed(()), iter(""), iter("é"), iter(b""), iter(bytearray()), iter(set()), iter(frozenset()), iter(range(3)), reversed(range(3)), iter(range(2**70)), reversed("ab"), iter(memoryview(b"")), enumerate([]), zip(), map(len, []), filter(None, []), iter(lambda: 1, 2), reversed(b"ab"), d.keys(), d.values(), d.items()]:
    print(type(x).__name__)
r = reversed({1: 2, 3: 4}.items()); print(r.__length_hint__(), next(r), list(r), r.__length_hint__())
r = reversed({1: 2, 3: 4}); print(r.__length_hint__(), list(r), iter(r) is r)
s = iter("héllo"); print(s.__length_hint__(), next(s), list(s))
lr = iter(range(2**64, 2**64 + 6, 2)); print(lr.__length_hint__(), next(lr), list(lr))
print(list(reversed(range(2**64, 2**64 + 3))), type(reversed(range(2**64, 2**64 + 3))).__name__)
