s = "hello world"; b = b"hello world"; t = (1, 2, 3); u = "héllo"
print(s[:] is s, s[0:] is s, s[::1] is s, s[0:100] is s, s * 1 is s, s + "" is s, "" + s is s, u[:] is u, str(s) is s, s.strip() is s, s.replace("z", "y") is s, s.lower() is s)
print(b[:] is b, b * 1 is b, b + b"" is b, bytes(b) is b, b.strip() is b, b.replace(b"z", b"y") is b)
print(t[:] is t, t * 1 is t, t + () is t, tuple(t) is t)
print(s.ljust(3) is s, s.center(2) is s, s.zfill(1) is s, s.expandtabs() is s, s.rstrip() is s, s.split()[0] is s, s.partition("z")[0] is s, s.removeprefix("z") is s, s.format() is s, format(s) is s, f"{s}" is s, "%s" % s is s)
print(frozenset(t) is frozenset(t), (lambda f: frozenset(f) is f)(frozenset(t)))
print((1.5).numerator)
