# Pins hand-written generator-based context manager (contextlib-style, without importing contextlib) and reuse patterns.
class gen_cm:
    def __init__(self, fn, *args):
        self.gen = fn(*args)
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(ev)
        except StopIteration:
            return True
        except BaseException as e:
            if e is ev:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw")
def timer(label):
    print("start", label)
    try:
        yield label * 2
    except ZeroDivisionError as e:
        print("handled inside gen:", e)
    finally:
        print("end", label)
with gen_cm(timer, "ab") as v:
    print("body", v)
with gen_cm(timer, "x") as v:
    1 / 0
print("suppressed by generator")
try:
    with gen_cm(timer, "y"):
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
def opened(path, log):
    log.append("open " + path)
    yield path.upper()
    log.append("close " + path)
log = []
with gen_cm(opened, "a.txt", log) as fa, gen_cm(opened, "b.txt", log) as fb:
    log.append(fa + "+" + fb)
print(log)
class Indenter:
    def __init__(self):
        self.level = 0
    def __enter__(self):
        self.level += 1
        return self
    def __exit__(self, *exc):
        self.level -= 1
    def say(self, text):
        print("  " * self.level + text)
with Indenter() as ind:
    ind.say("one")
    with ind:
        ind.say("two")
        with ind:
            ind.say("three")
    ind.say("back")
print(ind.level)
