"""Type hints as runtime markers (the parts of CPython's typing that programs touch).

Ferrite does not check types; these objects exist so annotated programs run
and print their annotations the way CPython does.
"""

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _Alias:
    """A subscriptable marker such as List or List[int]."""

    def __init__(self, name, args=None, origin=None):
        self._name = name
        self.__args__ = args
        self.__origin__ = origin

    def __getitem__(self, params):
        if self.__args__ is not None:
            raise TypeError(f'{self!r} is not a generic class')
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == 'Optional':
            return Union[params[0], None]
        if self._name == 'Union':
            flat = []
            for p in params:
                p = type(None) if p is None else p
                if isinstance(p, _Alias) and p._name == 'Union' and p.__args__:
                    ps = p.__args__
                else:
                    ps = (p,)
                for q in ps:
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            return _Alias('Union', tuple(flat), self)
        return _Alias(self._name, params, self)

    def __repr__(self):
        if self.__args__ is None:
            return f'typing.{self._name}'
        args = self.__args__
        if self._name == 'Union' and len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return f'typing.Optional[{_type_repr(other)}]'
        return f'typing.{self._name}[' + ', '.join(_type_repr(a) for a in args) + ']'

    def __eq__(self, other):
        if not isinstance(other, _Alias):
            return NotImplemented
        return self._name == other._name and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Type {self._name} cannot be instantiated')


for _name in ['Any', 'Union', 'Optional', 'List', 'Dict', 'Tuple', 'Set', 'FrozenSet',
              'Callable', 'Iterable', 'Iterator', 'Generator', 'Sequence', 'Mapping',
              'MutableMapping', 'MutableSequence', 'MutableSet', 'AbstractSet', 'Type',
              'ClassVar', 'Final', 'Literal', 'Deque', 'DefaultDict', 'OrderedDict',
              'Counter', 'ChainMap', 'Awaitable', 'Coroutine', 'AsyncIterator',
              'AsyncIterable', 'AsyncGenerator', 'Hashable', 'Sized', 'Collection',
              'Container', 'Reversible', 'NoReturn', 'Never', 'Annotated', 'Pattern',
              'Match', 'IO', 'TextIO', 'BinaryIO', 'SupportsInt', 'SupportsFloat',
              'SupportsAbs', 'SupportsIndex', 'ContextManager', 'Self', 'LiteralString',
              'TypeAlias', 'TypeGuard', 'Concatenate', 'Required', 'NotRequired', 'Unpack']:
    globals()[_name] = _Alias(_name)
del _name

Text = str
AnyStr = None


class TypeVar:
    """Type variable."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        # Marks a type variable for GenericAlias (`dict[str, T][int]`).
        return arg

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


AnyStr = TypeVar('AnyStr', bytes, str)


class ParamSpec(TypeVar):
    """Parameter specification variable."""


class Generic:
    """Abstract base class for generic types."""


class Protocol:
    """Base class for protocol classes."""


def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def overload(func):
    """Decorator for overloaded functions/methods."""
    return func


def final(f):
    """Decorator to indicate final methods and final classes."""
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    return arg


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol."""
    return cls


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """Return type hints for an object."""
    return dict(getattr(obj, '__annotations__', {}))


def NewType(name, tp):
    """NewType creates simple unique types with almost zero runtime overhead."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__supertype__ = tp
    return new_type


def assert_never(arg, /):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def reveal_type(obj, /):
    return obj


# The classes behind typing's aliases of built-in and collections types.
_ALIAS_ORIGINS = {'List': list, 'Dict': dict, 'Tuple': tuple, 'Set': set,
                  'FrozenSet': frozenset, 'Type': type}
_COLLECTIONS_ORIGINS = {'Deque': 'deque', 'DefaultDict': 'defaultdict',
                        'OrderedDict': 'OrderedDict', 'Counter': 'Counter',
                        'ChainMap': 'ChainMap'}


def _alias_origin(name):
    if name in _ALIAS_ORIGINS:
        return _ALIAS_ORIGINS[name]
    if name in _COLLECTIONS_ORIGINS:
        import collections
        return getattr(collections, _COLLECTIONS_ORIGINS[name])
    return None


def get_origin(tp):
    """Get the unsubscripted version of a type: list for list[int],
    types.UnionType for int | str, Union for Union[int, str]."""
    import types
    if isinstance(tp, types.GenericAlias):
        return tp.__origin__
    if isinstance(tp, types.UnionType):
        return types.UnionType
    if isinstance(tp, _Alias):
        if tp._name in ('Union', 'Optional') and tp.__args__ is not None:
            return Union
        return _alias_origin(tp._name)
    return None


def get_args(tp):
    """Get the type arguments of a type, with all substitutions done:
    (int,) for list[int], (int, NoneType) for Optional[int]."""
    import types
    if isinstance(tp, (types.GenericAlias, types.UnionType)):
        return tp.__args__
    if isinstance(tp, _Alias) and tp.__args__ is not None:
        return tp.__args__
    return ()
