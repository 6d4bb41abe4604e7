# OSError's arguments: errno, strerror, filename, the subclass an errno
# stands for, and str() as CPython writes it.
for args in [(), ("plain",), (2, "No such file"), (2, "No such file", "x.txt"),
             (13, "Permission denied", "/root/f", None, "/tmp/g"), (99, "odd"),
             (17, "File exists", 5), (1, 2, 3, 4, 5, 6), ("a", "b")]:
    e = OSError(*args)
    print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e.filename2)
    print("  str:", str(e), "| repr:", repr(e))

print(type(FileNotFoundError(2, "x")).__name__, type(OSError(21, "d")).__name__)
print(isinstance(OSError(2, "x"), FileNotFoundError), issubclass(FileNotFoundError, OSError))
try:
    raise OSError(20, "Not a directory", "a/b")
except NotADirectoryError as e:
    print("caught", e, e.errno)

try:
    open("/definitely/not/here.txt")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e)
    print(e.args)


class MyErr(OSError):
    pass


m = MyErr(2, "custom", "f")
print(type(m).__name__, m, m.errno, m.filename)
e = OSError(2, "x")
e.errno = 5
print(e, e.errno)
raise OSError(2, "No such file or directory", "missing.cfg")
