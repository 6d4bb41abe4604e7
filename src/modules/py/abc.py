"""Abstract Base Classes (after CPython's abc).

Ferrite has no metaclasses yet, so ABC checks for abstract methods when an
instance is created (in __new__) rather than when the class is made; the
error is CPython's.
"""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractproperty(property):
    __isabstractmethod__ = True


def _abstract_names(cls):
    names = set()
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if name in names:
                continue
            if getattr(value, '__isabstractmethod__', False) or (
                    isinstance(value, property)
                    and getattr(value.fget, '__isabstractmethod__', False)):
                names.add(name)
    result = []
    for name in names:
        value = getattr(cls, name, None)
        if isinstance(cls.__dict__.get(name), property):
            value = cls.__dict__[name]
        if getattr(value, '__isabstractmethod__', False) or _is_abstract_property(cls, name):
            result.append(name)
    return sorted(result)


def _is_abstract_property(cls, name):
    for klass in cls.__mro__:
        if name in klass.__dict__:
            value = klass.__dict__[name]
            if isinstance(value, property):
                return getattr(value.fget, '__isabstractmethod__', False)
            return False
    return False


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        abstract = _abstract_names(cls)
        if abstract:
            s = 's' if len(abstract) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} "
                            f"with abstract method{s} {', '.join(abstract)}")
        return object.__new__(cls)


ABCMeta = type


def update_abstractmethods(cls):
    return cls
