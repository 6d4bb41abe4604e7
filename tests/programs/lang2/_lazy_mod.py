"""A module answering missing attributes through PEP 562's __getattr__."""
present = "present"


def __getattr__(name):
    if name.startswith("lazy_"):
        return "made " + name[5:]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
