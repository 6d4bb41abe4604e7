# Pins exceptions inside with: __exit__ always runs, errors in __enter__/__exit__, multiple items unwinding order.
class R:
    def __init__(self, name, fail_enter=False, fail_exit=False):
        self.name, self.fail_enter, self.fail_exit = name, fail_enter, fail_exit
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise OSError("enter failed: " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        if self.fail_exit:
            raise KeyError("exit failed: " + self.name)
        return False
try:
    with R("a"), R("b"), R("c"):
        raise ValueError("body")
except ValueError as e:
    print("caught", e)
try:
    with R("a"), R("b", fail_enter=True), R("c"):
        print("never")
except OSError as e:
    print("caught", e)
try:
    with R("a", fail_exit=True):
        print("body ok")
except KeyError as e:
    print("caught", e, e.__context__)
try:
    with R("a", fail_exit=True):
        raise ValueError("original")
except KeyError as e:
    print("caught", e, "context:", type(e.__context__).__name__, e.__context__)
try:
    with R("outer"):
        with R("inner"):
            raise IndexError("deep")
except IndexError as e:
    print("caught", e)
def ret():
    try:
        with R("r"):
            return "value"
    finally:
        print("finally after exit")
print(ret())
def gen():
    with R("g"):
        yield 1
        yield 2
for v in gen():
    print("gen", v)
it = gen()
next(it)
it.close()
log = []
class Txn:
    def __enter__(self):
        log.append("begin")
        return log
    def __exit__(self, et, ev, tb):
        log.append("rollback" if et else "commit")
for bad in (False, True):
    try:
        with Txn() as l:
            l.append("work")
            if bad:
                raise RuntimeError("fail")
    except RuntimeError:
        pass
print(log)
