"""Functions called when the interpreter exits, newest first (the
interpreter calls _run_exitfuncs before it takes modules apart)."""

_handlers = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    _handlers.clear()


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    import sys
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as e:
            sys.stderr.write("Exception ignored in atexit callback: %r\n" % (func,))
            sys.stderr.write("%s: %s\n" % (type(e).__name__, e))
