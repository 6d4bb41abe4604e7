# Pins iter()/next(): iter(callable, sentinel), next default, StopIteration, iter on various types, exhausted iterators.
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)
state = {"n": 0}
def tick():
    state["n"] += 1
    return state["n"]
print(list(iter(tick, 5)))
lines = ["a", "b", "", "c"]
pop = iter(lines.pop, "a")
print(list(pop), lines)
stream = iter(["x", "y", "STOP", "z"])
print(list(iter(lambda: next(stream), "STOP")), next(stream))
d = {"k1": 1, "k2": 2}
di = iter(d)
print(next(di), list(di), list(iter(d.values())), list(iter(d.items())))
s = iter("hi")
print(next(s), type(iter(range(3))).__name__, type(iter((1,))).__name__, type(iter([])).__name__)
try:
    next([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(5, 0)
except TypeError as e:
    print(type(e).__name__, e)
r = iter(range(5))
first = [next(r) for _ in range(2)]
print(first, list(r), list(r))
a = iter([1, 2, 3, 4, 5, 6])
print(list(zip(a, a)))
b = iter("abcdefg")
print([x + y for x, y in zip(b, b)], list(b))
li = [1, 2, 3]
for x in li:
    if x == 1:
        li.append(4)
print(li)
n = 0
for v in iter(lambda: (n := 0), 1):
    break
print("sentinel never hit, broke out")
class Countdown:
    def __init__(self, s): self.s = s
    def __call__(self):
        self.s -= 1
        return self.s
print(list(iter(Countdown(5), 0)), sum(iter(Countdown(4), -1)))
