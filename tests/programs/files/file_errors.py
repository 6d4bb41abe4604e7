import sys
who = "ferrite" if "Ferrite" in sys.version else "cpython"
path = f"/tmp/ferrite_file_errors_{who}.txt"
def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e.args if isinstance(e, OSError) else e)
attempt(lambda: open("/nonexistent_dir/x", "r+"))
attempt(lambda: open("/nonexistent_dir/x", "w+"))
attempt(lambda: open("/nonexistent_dir/x", "a+"))
attempt(lambda: open("/", "w"))
attempt(lambda: open("/", "r+"))
attempt(lambda: open(5.5))
attempt(lambda: open(path, 5))
with open(path, "wb") as f:
    f.write(b"ok\xff\xfe\n")
with open(path) as f:
    try:
        f.read()
    except UnicodeDecodeError as e:
        print(e.encoding, e.object, e.start, e.end, e.reason)
        print(e)
with open(path, errors="replace") as f:
    print(repr(f.read()))
with open(path, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
with open(path, "w", encoding="ascii") as f:
    try:
        f.write("caf\u00e9")
    except UnicodeEncodeError as e:
        print(e)
with open(path, "w") as f:
    print("line one", 2, file=f)
    print("x", "y", sep="-", end="!\n", file=f)
    f.flush()
with open(path) as f:
    print(f.read(), end="")
    print(f.name == path, f.closed, f.errors)
print(f.closed)
with open(path, "rb") as f:
    print(f.read(3), f.tell(), f.seek(0, 2), f.read())
