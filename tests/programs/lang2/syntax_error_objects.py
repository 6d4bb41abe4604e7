e = SyntaxError("bad thing", ("f.py", 3, 5, "x = = 1\n", 3, 7))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e), e.args)
e = SyntaxError("only msg")
print(e.msg, e.filename, e.lineno, str(e))
try:
    compile("x = = 1", "<src>", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.filename, e.lineno)
e = SyntaxError("no line", ("where.py", None, None, None))
print(str(e), e.lineno)
e = SyntaxError("no file", (None, 4, 1, "x"))
print(str(e))
try:
    SyntaxError("short", ("f.py", 1))
except TypeError as err:
    print("TypeError:", err)


class ConfigSyntaxError(SyntaxError):
    pass


try:
    raise ConfigSyntaxError("bad key", ("/etc/app/config.ini", 12, 3, "key = = value\n"))
except SyntaxError as err:
    print(type(err).__name__, err, err.text.strip(), err.offset)
