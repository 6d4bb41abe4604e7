"""Exception classes defined in a module other than __main__."""


class ParseError(Exception):
    pass


class Outer:
    class Inner(LookupError):
        pass
