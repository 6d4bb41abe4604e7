for x in {0.1, 0.2, 0.3}: print(x)
print([x for x in {10, 20, 30, 40, 50, 8, 16, 24, 32}], [x for x in {1, 9, 17, 25, 33}])
print(0.2 in {0.1, 0.2, 0.3}, 5 not in {1, 2}, "a" in {"a"}, [] in [[]])
def f(v): return v in {1, 2, 3}
print(f(2), f(4))
try:
    print([] in {1, 2})
except TypeError as e:
    print("TypeError", e)
for x in {-1, -2, 7}: print(x)
print(list({3, 1, 2}), {3, 1, 2})
