# open(): text and binary files, with-statement, reading line by line.
path = "/tmp/ferrite_open_basic_test.txt"
with open(path, "w") as f:
    print(type(f).__name__, f.name, f.mode, f.closed)
    print(f.write("first line\n"))
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip("\n"))
with open(path, "a") as f:
    f.write("\nappended\n")
with open(path, encoding="utf-8") as f:
    lines = [line.strip() for line in f]
print(lines, len(lines))
with open(path) as f:
    print(f.read(5), f.read(3), f.tell())
    f.seek(0)
    print(f.read(5))

bpath = "/tmp/ferrite_open_basic_test.bin"
with open(bpath, "wb") as f:
    print(type(f).__name__, f.write(b"\x00\x01bytes\nmore"))
with open(bpath, "rb") as f:
    print(type(f).__name__, f.read())
with open(bpath, "rb") as f:
    print(f.readline(), f.readline(), f.readline())

with open(path, "w") as f:
    f.write("héllo wörld\n")
with open(path) as f:
    print(f.read())
with open(path, "rb") as f:
    print(f.read())

f = open(path)
print(f.read(3))
f.close()
f.close()
for action in [lambda: f.read(), lambda: f.readline(), lambda: iter(f)]:
    try:
        action()
    except ValueError as e:
        print("ValueError:", e)

for args in [("/tmp/no/such/dir/x.txt",), ("/tmp",), (path, "rw"), (path, "q"), (path, "rbt"), (path, "rb", -1, "utf-8"), (3.5,), (path, 5)]:
    try:
        open(*args)
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)

with open(path, "w") as f:
    try:
        f.read()
    except OSError as e:
        print("read on writer:", type(e).__name__, e)
    try:
        f.write(5)
    except TypeError as e:
        print("TypeError:", e)
with open(bpath, "wb") as f:
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
with open(path) as f:
    try:
        f.write("x")
    except OSError as e:
        print("write on reader:", type(e).__name__, e)
try:
    with open(path) as f:
        raise KeyError("inside")
except KeyError:
    print("closed after error:", f.closed)
