"""Define names for built-in types that aren't directly accessible as a builtin."""

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


_gen = _g()
GeneratorType = type(_gen)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    kwds = dict(kwds) if kwds else {}
    meta = kwds.pop("metaclass", type(bases[0]) if bases else type)
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(bases), ns, **kwds)


del _f, _g, _gen, _C, sys


class UnionType:
    """`X | Y` of classes (and None): what isinstance and issubclass take
    as "any of these"."""

    __slots__ = ('__args__',)

    def __init__(self, args):
        object.__setattr__(self, '__args__', args)

    def __repr__(self):
        def name(t):
            if t is NoneType:
                return 'None'
            if isinstance(t, type):
                if t.__module__ == 'builtins':
                    return t.__qualname__
                return f'{t.__module__}.{t.__qualname__}'
            return repr(t)
        return ' | '.join(name(a) for a in self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


def _union_args(x):
    if x is None:
        return (NoneType,)
    if isinstance(x, UnionType):
        return x.__args__
    if isinstance(x, type):
        return (x,)
    return None


def _union(a, b):
    """`a | b` where each side is a class, None or a union."""
    left, right = _union_args(a), _union_args(b)
    if left is None or right is None:
        return NotImplemented
    args = []
    for t in left + right:
        if t not in args:
            args.append(t)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))
