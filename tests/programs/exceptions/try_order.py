# Pins the order of try/except/else/finally blocks, with and without exceptions, in loops and functions.
def run(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError("bad")
        log.append("try-end")
    except ValueError as e:
        log.append("except " + str(e))
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
print(run(False))
print(run(True))
def ret_in_try():
    try:
        return "from try"
    finally:
        print("finally runs before return")
print(ret_in_try())
for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("body", i)
    finally:
        print("finally", i)
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")
nested()
def unmatched():
    try:
        raise TypeError("t")
    except ValueError:
        print("wrong handler")
    finally:
        print("finally before propagation")
try:
    unmatched()
except TypeError as e:
    print("propagated", e)
try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
e = "outer binding"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print(type(err).__name__, err)
