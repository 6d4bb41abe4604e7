"""Abstract Base Classes (after CPython's _py_abc).

ABCMeta is a real metaclass: it computes __abstractmethods__ when a class
is made (object.__new__ then refuses to instantiate the class while it is
non-empty), and gives isinstance/issubclass virtual subclasses through
register() and __subclasshook__.
"""


def abstractmethod(funcobj):
    """A decorator indicating abstract methods."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        super().__init__(callable)


class abstractproperty(property):
    __isabstractmethod__ = True


class _AbcImpl:
    """What CPython keeps in `_abc_impl`: the registry, the caches and the
    ABCs derived from this one."""

    __slots__ = ("registry", "cache", "negative_cache", "subclasses")

    def __init__(self):
        self.registry = []
        self.cache = []
        self.negative_cache = []
        self.subclasses = []


def _impl(cls):
    return cls.__dict__.get("_abc_impl")


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {name for name, value in namespace.items()
                     if getattr(value, "__isabstractmethod__", False)}
        for base in bases:
            for name in getattr(base, "__abstractmethods__", set()):
                value = getattr(cls, name, None)
                if getattr(value, "__isabstractmethod__", False):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_impl = _AbcImpl()
        for base in bases:
            impl = _impl(base)
            if impl is not None:
                impl.subclasses.append(cls)
        return cls

    def register(cls, subclass):
        """Register a virtual subclass of an ABC."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        _impl(cls).registry.append(subclass)
        _invalidate_negative_caches(cls)
        return subclass

    def __instancecheck__(cls, instance):
        """Override for isinstance(instance, cls)."""
        subclass = instance.__class__
        if subclass in _impl(cls).cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            return cls.__subclasscheck__(subclass)
        return any(cls.__subclasscheck__(c) for c in (subclass, subtype))

    def __subclasscheck__(cls, subclass):
        """Override for issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        impl = _impl(cls)
        if subclass in impl.cache:
            return True
        if subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                impl.cache.append(subclass)
            else:
                impl.negative_cache.append(subclass)
            return ok
        if cls in subclass.__mro__:
            impl.cache.append(subclass)
            return True
        for rcls in impl.registry:
            if issubclass(subclass, rcls):
                impl.cache.append(subclass)
                return True
        for scls in impl.subclasses:
            if issubclass(subclass, scls):
                impl.cache.append(subclass)
                return True
        impl.negative_cache.append(subclass)
        return False

    def _dump_registry(cls, file=None):
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        for name in ("registry", "cache", "negative_cache"):
            print(f"_abc_{name}: {getattr(_impl(cls), name)!r}", file=file)


def _invalidate_negative_caches(cls):
    for klass in cls.__mro__:
        impl = _impl(klass) if isinstance(klass, ABCMeta) else None
        if impl is not None:
            impl.negative_cache.clear()
    stack = [cls]
    while stack:
        c = stack.pop()
        impl = _impl(c)
        if impl is not None:
            impl.negative_cache.clear()
            stack.extend(impl.subclasses)


def update_abstractmethods(cls):
    """Recalculate the set of abstract methods of an abstract class."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using
    inheritance."""
    __slots__ = ()


def get_cache_token():
    return 0
