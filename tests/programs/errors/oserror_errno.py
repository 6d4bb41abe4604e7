def show(e):
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, e.errno, e.strerror, e.filename, e.filename2)
for n in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 99999]:
    show(OSError(n, "msg"))
show(OSError())
show(OSError("just text"))
show(OSError(2))
show(OSError(2, "No such file", "f.txt"))
show(OSError(2, "No such file", "f.txt", None, "g.txt"))
show(OSError(2, "No such file", None, None, "g.txt"))
show(OSError(2, "a", "b", "c", "d", "e"))
show(OSError(2, "a", "b", 5))
show(FileNotFoundError(17, "exists?"))
show(IOError(2, "x"))
show(EnvironmentError(13, "denied", "/root"))
print(IOError is OSError, EnvironmentError is OSError)
class MyErr(OSError): pass
show(MyErr(2, "x"))
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError), BlockingIOError.__mro__)
e = OSError(2, "x")
e.errno = 5; e.strerror = "changed"; e.filename = "q"
print(e, e.args)
try:
    open("/nonexistent/dir/file")
except OSError as e:
    show(e)
try:
    open("/")
except OSError as e:
    show(e)
try:
    raise OSError(2, "No such file or directory", "a.txt")
except FileNotFoundError as e:
    print("caught FNF", e)
try:
    raise ConnectionResetError(104, "reset")
except ConnectionError as e:
    print("caught", type(e).__name__, e)
print(BlockingIOError(11, "again").characters_written if hasattr(BlockingIOError(11,"a"), "characters_written") else "no cw")
b = BlockingIOError(11, "again", 5)
print(b, b.args, b.characters_written, b.filename)
