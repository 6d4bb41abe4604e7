# The tutorial's "Errors and Exceptions" chapter, section by section.
import sys
who = "ferrite" if "Ferrite" in sys.version else "cpython"
for expr in ["10 * (1/0)", "4 + spam*3", "'2' + 2"]:
    try:
        eval(expr)
    except Exception as e:
        print(f"{type(e).__name__}: {e}")

values = iter(["x", "7"])
while True:
    try:
        x = int(next(values))
        break
    except ValueError:
        print("Oops!  That was no valid number.  Try again...")
print(x)

class B(Exception):
    pass
class C(B):
    pass
class D(C):
    pass
for cls in [B, C, D]:
    try:
        raise cls()
    except D:
        print("D")
    except C:
        print("C")
    except B:
        print("B")
for cls in [B, C, D]:
    try:
        raise cls()
    except B:
        print("B")
    except C:
        print("C")
    except D:
        print("D")

try:
    raise Exception('spam', 'eggs')
except Exception as inst:
    print(type(inst))
    print(inst.args)
    print(inst)
    x, y = inst.args
    print('x =', x)
    print('y =', y)

path = f"/tmp/ferrite_tutorial_errors_{who}.txt"
for content in [None, "42\n", "forty-two\n"]:
    if content is not None:
        with open(path, "w") as f:
            f.write(content)
    name = path if content is not None else "/nonexistent/myfile.txt"
    try:
        f = open(name)
        s = f.readline()
        i = int(s.strip())
        f.close()
        print("read", i)
    except OSError as err:
        print("OS error:", type(err).__name__, err.errno, err.strerror)
    except ValueError:
        f.close()
        print("Could not convert data to an integer.")

for arg in [path, "/nonexistent/zz"]:
    try:
        f = open(arg, 'r')
    except OSError:
        print('cannot open', arg.split("/")[-1])
    else:
        print("the file" if who in arg else arg, "has", len(f.readlines()), 'lines')
        f.close()

def this_fails():
    x = 1/0
try:
    this_fails()
except ZeroDivisionError as err:
    print('Handling run-time error:', err)

try:
    raise NameError('HiThere')
except NameError as e:
    print('An exception flew by!', repr(e), e.name)

try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

try:
    try:
        open("/nonexistent/database.sqlite")
    except OSError as exc:
        raise RuntimeError("Failed to open database") from exc
except RuntimeError as e:
    print(e, "| cause:", type(e.__cause__).__name__, e.__cause__.filename, e.__suppress_context__)

try:
    try:
        open("/nonexistent/database.sqlite")
    except OSError:
        raise RuntimeError from None
except RuntimeError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, type(e.__context__).__name__)

class MyError(Exception):
    def __init__(self, value, detail=None):
        super().__init__(value, detail)
        self.value = value
    def __str__(self):
        return f"MyError({self.value!r})"
try:
    raise MyError(2 * 2)
except MyError as e:
    print("My exception occurred, value:", e.value, "|", e, "|", repr(e), e.args)

def divide(x, y):
    try:
        result = x / y
    except ZeroDivisionError:
        print("division by zero!")
    else:
        print("result is", result)
    finally:
        print("executing finally clause")
divide(2, 1)
divide(2, 0)
try:
    divide("2", "1")
except TypeError as e:
    print("TypeError:", e)

def bool_return():
    try:
        return True
    finally:
        return False
print(bool_return())

def finally_swallows():
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            if i < 2:
                continue
            print("last one")
try:
    finally_swallows()
except KeyError as e:
    print("KeyError", e)

def f():
    try:
        1 / 0
    except Exception as e:
        e.add_note("Add some information")
        e.add_note("Add some more information")
        raise
try:
    f()
except ZeroDivisionError as e:
    print(e.__notes__)

with open(path) as f:
    for line in f:
        print(line, end="")
print(f.closed)
with open(path, "w"):
    pass
raise MyError("the end")
