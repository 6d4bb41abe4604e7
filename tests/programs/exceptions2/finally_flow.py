# Pins try/finally control flow: return in finally overrides, break/continue in finally swallow exceptions, else clause order.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")
def f2():
    try:
        return "try"
    finally:
        return "finally"
def f3():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def f4():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x changed to", x)
print(f1(), f2(), f3(), f4())
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
        finally:
            if i == 2:
                print("break in finally")
                break
    return i
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())
def else_order(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise RuntimeError
    except RuntimeError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(else_order(False), else_order(True))
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(nested())
def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("iteration", n)
    return n
print(while_finally())
def exc_in_finally():
    try:
        raise ValueError("first")
    finally:
        raise TypeError("second")
try:
    exc_in_finally()
except TypeError as e:
    print(type(e).__name__, e, "context", type(e.__context__).__name__)
def gen_ret():
    try:
        return [1]
    finally:
        print("cleanup before returning list")
print(gen_ret())
