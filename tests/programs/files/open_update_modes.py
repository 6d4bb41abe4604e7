# open() update modes ('+'): reading and writing the same file, seek/tell, truncate.
import sys
# CPython and Ferrite may run this program at the same time: one file each.
who = "ferrite" if "Ferrite" in sys.version else "cpython"
path = f"/tmp/ferrite_open_update_{who}.txt"
bpath = f"/tmp/ferrite_open_update_{who}.bin"

def attempt(f):
    try:
        print("ok", repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

with open(path, "w") as f:
    f.write("hello world\nsecond line\n")

with open(path, "r+") as f:
    print(f.mode, f.readable(), f.writable(), f.seekable(), f.tell())
    print(repr(f.read(5)), f.tell())
    f.seek(0)
    f.write("HELLO")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
    print(f.tell())
    f.write("third\n")
    f.seek(0)
    print(f.readlines())
with open(path) as f:
    print(repr(f.read()))

with open(path, "w+") as f:
    print(repr(f.read()), f.tell())
    f.write("abc\ndef\n")
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.readline()), f.tell(), repr(f.readline()))
    f.seek(2)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(10))
    f.seek(0, 2)
    print(f.tell())
with open(path, "rb") as f:
    print(f.read())

with open(path, "w") as f:
    f.write("one\n")
with open(path, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
    f.seek(0)
    f.write("two\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read()))

with open(path, "a") as f:
    print(f.tell())
    f.write("three\n")
    print(f.tell())
    attempt(f.read)
with open(path) as f:
    print(f.read().splitlines())

with open(bpath, "wb+") as f:
    print(type(f).__name__, f.mode, f.write(b"0123456789"), f.tell())
    f.seek(-3, 2)
    print(f.read())
    f.seek(2)
    f.write(b"ab")
    f.seek(-2, 1)
    print(f.read(4), f.tell())
    f.seek(15)
    f.write(b"!")
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
with open(bpath, "rb+") as f:
    print(type(f).__name__, f.mode)
    print(f.read(2))
    f.write(b"XY")
    f.seek(0)
    print(f.read())
    buf = bytearray(3)
    f.seek(1)
    print(f.readinto(buf), buf)
with open(bpath, "r+b") as f:
    print(f.mode, f.readline())
with open(bpath, "ab+") as f:
    print(f.mode, f.tell())
    f.write(b"++")
    f.seek(0)
    print(f.read())
with open(bpath, "rb") as f:
    print(f.read())
    attempt(lambda: f.write(b"x"))
    attempt(f.truncate)
    attempt(lambda: f.seek(-1))
    print(f.seek(-1, 2), f.read())

with open(path, "w") as f:
    f.write("abc")
    attempt(f.read)
    attempt(lambda: f.seek(1, 1))
    attempt(lambda: f.seek(1, 2))
    attempt(lambda: f.seek(-1))
    attempt(lambda: f.seek(0, 3))
    attempt(lambda: f.truncate(-1))
    attempt(f.readline)
    print(f.seek(0, 1), f.seek(0, 2))
with open(path) as f:
    attempt(lambda: f.write("x"))
    attempt(f.truncate)
f = open(path, "r+")
f.close()
for action in [f.read, lambda: f.seek(0), f.tell, f.truncate, lambda: f.write("x"), lambda: next(f), f.flush]:
    attempt(action)

with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.read()), f.tell())
with open(path) as f:
    print(repr(f.read(2)), f.tell(), repr(f.readline()), f.tell())
with open(path, "w+", encoding="utf-8") as f:
    f.write("héllo\n€uro\n")
    print(f.tell())
    f.seek(0)
    print(repr(f.read(3)), f.tell(), repr(f.readline()), repr(f.readline(2)))
    f.seek(0)
    print([line for line in f])
for m in ["rw", "r++", "+", "x+b+", "q"]:
    attempt(lambda: open(path, m))
attempt(lambda: open(path, "rb", encoding="utf-8"))
attempt(lambda: open(path, "rb", newline=""))
attempt(lambda: open(path, newline="x"))
attempt(lambda: open())
with open(path, "w"):
    pass
try:
    open(path, "x+")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror)
with open(path, "rb") as f:
    print(f.read())
