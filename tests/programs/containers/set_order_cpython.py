seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n
for trial in range(40):
    a = set(); b = {rnd(100) for _ in range(rnd(30))}
    for step in range(rnd(60)):
        op = rnd(12)
        x = rnd(200) - 50 if rnd(3) else rnd(2**40)
        if op < 4: a.add(x)
        elif op == 4: a.discard(x)
        elif op == 5 and a: a.pop()
        elif op == 6: a |= b
        elif op == 7: a = a & b if rnd(2) else a.intersection(list(b))
        elif op == 8: a = a - b if rnd(2) else a.difference([x, x+1])
        elif op == 9: a ^= {x, x + 3}
        elif op == 10: a = set(a) if rnd(2) else a.copy()
        elif op == 11: a.update(range(x % 20))
    print(a, b ^ a, a | b, frozenset(a) - b, b.symmetric_difference(range(10)), {k: 1 for k in a}.keys() - {1})
s = set(range(100))
out = []
while s:
    out.append(s.pop())
    if len(s) % 7 == 0 and len(out) < 60: s.add(len(s) * 3 + 1000)
print(out[:50])
