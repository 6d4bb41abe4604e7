# An uncaught exception of a class from another module is named
# module.qualname on the traceback's last line.
import _errmod

try:
    raise _errmod.Outer.Inner("caught first")
except LookupError as e:
    print("caught", type(e).__qualname__, type(e).__module__)
raise _errmod.ParseError("unexpected token at line 3")
