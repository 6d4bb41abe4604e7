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


BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)
MappingProxyType = type(type.__dict__)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
CodeType = type(_f.__code__)
FrameType = type(sys._getframe())
MethodDescriptorType = type(str.join)
GetSetDescriptorType = type(type.__dict__['__dict__'])
# Ferrite has no separate slot-wrapper and class-method-descriptor types:
# these are the types its built-in slots and class methods have.
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
ClassMethodDescriptorType = type(dict.__dict__['fromkeys'])


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())

try:
    raise TypeError
except TypeError as _e:
    TracebackType = type(_e.__traceback__)


# The ids of the namespaces whose repr is being made (a namespace that
# contains itself shows as `namespace(...)`).
_repr_running = set()


class SimpleNamespace:
    """A simple attribute-based namespace."""

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        self.__dict__.update(kwargs)

    def __repr__(self):
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        key = id(self)
        if key in _repr_running:
            return f"{name}(...)"
        _repr_running.add(key)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.discard(key)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


# A bound method of a class this module keeps (a throwaway class would be
# cyclic garbage left for the collector).
MethodType = type(SimpleNamespace().__repr__)


def resolve_bases(bases):
    """Resolve MRO entries dynamically as specified by PEP 560."""
    new_bases = []
    changed = False
    for base in bases:
        if not isinstance(base, type) and hasattr(base, '__mro_entries__'):
            entries = base.__mro_entries__(bases)
            if not isinstance(entries, tuple):
                raise TypeError("__mro_entries__ must return a tuple")
            new_bases.extend(entries)
            changed = True
        else:
            new_bases.append(base)
    return tuple(new_bases) if changed else bases


def _winner_metaclass(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be "
                        "a (non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """Call the __prepare__ method of the appropriate metaclass.

    Returns (metaclass, namespace, kwds) as a 3-tuple."""
    kwds = {} if kwds is None else dict(kwds)
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _winner_metaclass(meta, bases)
    if hasattr(meta, '__prepare__'):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved, ns, **kwds)


class DynamicClassAttribute:
    """Route attribute access on a class to __getattr__.

    On an instance it acts like a property; looked up on the class it raises
    AttributeError, so the class's __getattr__ answers instead."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc if doc is not None else getattr(fget, '__doc__', None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, '__isabstractmethod__', False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def getter(self, fget):
        return self._copy(fget, self.fset, self.fdel)

    def setter(self, fset):
        return self._copy(self.fget, fset, self.fdel)

    def deleter(self, fdel):
        return self._copy(self.fget, self.fset, fdel)

    def _copy(self, fget, fset, fdel):
        doc = None if self.overwrite_doc else self.__doc__
        result = type(self)(fget, fset, fdel, doc)
        result.overwrite_doc = self.overwrite_doc
        return result


del _f, _g, _gen, sys


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

    def __reduce__(self):
        # Rebuilt by or-ing the members again, as CPython does.
        return _union_of, self.__args__

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


def _union_of(*args):
    result = args[0]
    for a in args[1:]:
        result = result | a
    return result


def _union_args(x):
    if x is None:
        return (NoneType,)
    if isinstance(x, UnionType):
        return x.__args__
    if isinstance(x, (type, GenericAlias)):
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


def _alias_item_repr(obj):
    """How CPython's GenericAlias shows one of its parts: `...`, nested
    aliases by repr, classes and functions by their qualified name."""
    if obj is ...:
        return '...'
    if isinstance(obj, GenericAlias):
        return repr(obj)
    try:
        obj.__origin__
        obj.__args__
    except AttributeError:
        pass
    else:
        # typing's aliases show themselves.
        return repr(obj)
    try:
        qualname = obj.__qualname__
        module = obj.__module__
    except AttributeError:
        return repr(obj)
    if module == 'builtins':
        return qualname
    return f'{module}.{qualname}'


def _alias_parameters(args):
    """The type variables among `args`, in order, each once."""
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        if hasattr(a, '__typing_subst__'):
            found = (a,)
        else:
            found = getattr(a, '__parameters__', ())
            if not isinstance(found, tuple):
                found = ()
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


# Attributes a GenericAlias answers itself; every other one comes from its
# origin (`list[int].__name__` is `'list'`).
_ALIAS_OWN_ATTRS = frozenset({
    '__class__', '__origin__', '__args__', '__unpacked__', '__parameters__',
    '__typing_unpacked_tuple_args__', '__mro_entries__', '__reduce_ex__',
    '__reduce__', '__copy__', '__deepcopy__',
})


class GenericAlias:
    """Represent a PEP 585 generic type

    E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __slots__ = ('__origin__', '__args__', '__parameters__')
    # Starred aliases (`*tuple[int]`) are not made.
    __unpacked__ = False
    __typing_unpacked_tuple_args__ = None

    def __new__(cls, origin, args, /):
        self = object.__new__(cls)
        if not isinstance(args, tuple):
            args = (args,)
        object.__setattr__(self, '__origin__', origin)
        object.__setattr__(self, '__args__', args)
        object.__setattr__(self, '__parameters__', _alias_parameters(args))
        return self

    def __getattribute__(self, name):
        if name in _ALIAS_OWN_ATTRS:
            return object.__getattribute__(self, name)
        return getattr(object.__getattribute__(self, '__origin__'), name)

    def __setattr__(self, name, value):
        raise AttributeError(f"'types.GenericAlias' object has no attribute '{name}'")

    def __repr__(self):
        args = self.__args__
        if not args:
            inner = '()'
        else:
            inner = ', '.join(_alias_item_repr(a) for a in args)
        return f'{_alias_item_repr(self.__origin__)}[{inner}]'

    def __call__(self, *args, **kwargs):
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __reduce__(self):
        return GenericAlias, (self.__origin__, self.__args__)

    def __getitem__(self, item):
        params = self.__parameters__
        if not params:
            raise TypeError(f'{self!r} is not a generic class')
        items = item if isinstance(item, tuple) else (item,)
        if len(items) != len(params):
            which = 'many' if len(items) > len(params) else 'few'
            raise TypeError(f'Too {which} arguments for {self!r}; '
                            f'actual {len(items)}, expected {len(params)}')
        subst = dict(zip(params, items))
        new_args = []
        for a in self.__args__:
            if isinstance(a, type):
                new_args.append(a)
            elif hasattr(a, '__typing_subst__'):
                new_args.append(subst[a])
            else:
                inner = getattr(a, '__parameters__', ())
                if isinstance(inner, tuple) and inner:
                    a = a[tuple(subst[p] for p in inner)]
                new_args.append(a)
        return GenericAlias(self.__origin__, tuple(new_args))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return (self.__origin__ == other.__origin__
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __dir__(self):
        names = dir(self.__origin__)
        for name in _ALIAS_OWN_ATTRS:
            if name not in names:
                names.append(name)
        return names


# A slot of a class this module keeps.
MemberDescriptorType = type(GenericAlias.__dict__['__origin__'])
