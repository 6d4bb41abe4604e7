def load(k):
    try:
        return {}[k]
    except KeyError as e:
        raise LookupError(f"no config {k!r}") from e
def gen():
    yield 1
    raise StopIteration
try:
    list(gen())
except RuntimeError as e:
    print(e, e.__cause__.__class__.__name__)
load("port")
