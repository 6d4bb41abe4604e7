import random
random.seed(2)
out = []
for i in range(3000):
    bits = random.getrandbits(64)
    x = random.random() * 10 ** random.randrange(-30, 30) * random.choice([1, -1])
    out.append(repr(x))
    out.append(format(x, ".17g"))
    out.append(format(x, "e"))
    out.append("%.3f" % x)
    out.append(str(round(x, 3)))
print(len(out), hash(tuple(out)) if False else "")
for s in out[:20]: print(s)
print(sum(len(s) for s in out))
print("".join(out)[:200])
ok = "".join(out)
print(sum(ord(c) * (i % 97) for i, c in enumerate(ok)))
