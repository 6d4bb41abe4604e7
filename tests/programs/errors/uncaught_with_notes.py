# An uncaught exception's notes follow its message in the traceback.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing {text!r}")
        raise

try:
    parse("x1")
except ValueError as e:
    print(e, e.__notes__)
    e2 = e.with_traceback(None)
    print(e2 is e)

err = KeyError("missing")
err.add_note("first note")
err.add_note("second\nnote on two lines")
raise err
