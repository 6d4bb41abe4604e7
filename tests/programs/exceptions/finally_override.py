# Pins finally overriding: raise in finally replaces the exception, return/break in finally discard it.
def raise_in_finally():
    try:
        raise ValueError("lost")
    finally:
        raise KeyError("wins")
try:
    raise_in_finally()
except KeyError as e:
    print("finally's exception wins:", repr(e), "context:", repr(e.__context__))
except ValueError:
    print("never")
def return_overrides():
    try:
        raise RuntimeError("swallowed")
    finally:
        return "finally return"
print(return_overrides())
def return_overrides_return():
    try:
        return "try"
    finally:
        return "finally"
print(return_overrides_return())
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "broke out, exception discarded"
print(break_in_finally())
def finally_sees_return_value():
    log = []
    def inner():
        try:
            log.append("try")
            return "value"
        finally:
            log.append("finally")
    return inner(), log
print(finally_sees_return_value())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            if i == 1:
                raise ValueError("dropped")
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
