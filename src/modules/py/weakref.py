# Ferrite's weakref module: the native core (_weakref, src/modules/weakref.rs)
# plus the weak containers and finalize, written on top of it.

from _weakref import (ref, proxy, getweakrefcount, getweakrefs, ReferenceType,
                      ProxyType, CallableProxyType, ProxyTypes, ReferenceError)
from types import GenericAlias as _GenericAlias


class WeakMethod:
    """A weak reference to a bound method that lives as long as its object."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}"
                            .format(type(meth))) from None
        if callback is None:
            self._obj_ref = ref(obj)
        else:
            self._obj_ref = ref(obj, lambda wr: callback(self))
        self._func_ref = ref(func)
        self._meth_type = type(meth)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes away when
    its value dies."""

    def __init__(self, other=(), **kw):
        self.data = {}

        def remove(wr, key, selfref=ref(self)):
            self = selfref()
            if self is not None:
                existing = self.data.get(key)
                if existing is wr:
                    del self.data[key]

        self._remove = remove
        self.update(other, **kw)

    def _make(self, key, value):
        remove = self._remove
        wr = ref(value, lambda wr: remove(wr, key))
        return wr

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self.data[key] = self._make(key, value)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __len__(self):
        return sum(1 for wr in list(self.data.values()) if wr() is not None)

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def pop(self, key, *args):
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for key, o in self.items():
            new[key] = o
        return new

    __copy__ = copy

    def update(self, other=(), **kw):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, o in other:
                self[key] = o
        for key, o in kw.items():
            self[key] = o

    def items(self):
        out = []
        for key, wr in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((key, o))
        return out

    def keys(self):
        return [k for k, o in self.items()]

    def values(self):
        return [o for k, o in self.items()]

    def __iter__(self):
        return iter(self.keys())

    def itervaluerefs(self):
        return iter(list(self.data.values()))

    def valuerefs(self):
        return list(self.data.values())


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes away when its
    key dies."""

    def __init__(self, dict=None):
        self.data = {}

        def remove(k, selfref=ref(self)):
            self = selfref()
            if self is not None:
                try:
                    del self.data[k]
                except KeyError:
                    pass

        self._remove = remove
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            o = wr()
            if o is not None:
                return o, value

    def clear(self):
        self.data.clear()

    def copy(self):
        new = WeakKeyDictionary()
        for key, value in self.items():
            new[key] = value
        return new

    __copy__ = copy

    def update(self, dict=None, **kw):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kw.items():
            self[key] = value

    def items(self):
        out = []
        for wr, value in list(self.data.items()):
            o = wr()
            if o is not None:
                out.append((o, value))
        return out

    def keys(self):
        return [k for k, v in self.items()]

    def values(self):
        return [v for k, v in self.items()]

    def __iter__(self):
        return iter(self.keys())

    def keyrefs(self):
        return list(self.data)


class WeakSet:
    """A set whose elements are held weakly."""

    __class_getitem__ = classmethod(_GenericAlias)
    # CPython keeps WeakSet in its own module.
    __module__ = '_weakrefset'

    def __init__(self, data=None):
        self.data = set()

        def remove(item, selfref=ref(self)):
            self = selfref()
            if self is not None:
                self.data.discard(item)

        self._remove = remove
        if data is not None:
            self.update(data)

    def __iter__(self):
        for wr in list(self.data):
            item = wr()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for wr in list(self.data) if wr() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return "{}({!r})".format(type(self).__name__, set(self))

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            wr = self.data.pop()
            item = wr()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return WeakSet(self)

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    # Comparisons and set algebra work on the weak references, which
    # compare as their referents do while those are alive.
    def _refs(self, other):
        return set(ref(item) for item in other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == self._refs(other)

    def __ne__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data != self._refs(other)

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    __le__ = issubset

    def __lt__(self, other):
        return self.data < self._refs(other)

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > self._refs(other)

    def union(self, other):
        return self.__class__([*self, *other])

    __or__ = union

    def difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))

    def __isub__(self, other):
        self.difference_update(other)
        return self

    def difference(self, other):
        result = self.copy()
        result.difference_update(other)
        return result

    __sub__ = difference

    def intersection_update(self, other):
        self.data.intersection_update(self._refs(other))

    def __iand__(self, other):
        self.intersection_update(other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def symmetric_difference_update(self, other):
        if other is self:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(
                ref(item, self._remove) for item in other)

    def __ixor__(self, other):
        self.symmetric_difference_update(other)
        return self

    def symmetric_difference(self, other):
        result = self.copy()
        result.symmetric_difference_update(other)
        return result

    __xor__ = symmetric_difference

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


class finalize:
    """Calls func(*args, **kwargs) when obj dies, at most once; calling
    the finalize object runs it early."""

    _registry = {}
    _index = [0]
    _registered_with_atexit = False

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            # As CPython's: the pending finalizers run as an atexit
            # handler, registered when the first finalize is made.
            import atexit
            atexit.register(_run_exit_finalizers)
            finalize._registered_with_atexit = True
        self._key = finalize._index[0]
        finalize._index[0] += 1
        self._func = func
        self._args = args
        self._kwargs = kwargs
        self._atexit = True
        self._ref = ref(obj, self._fire)
        finalize._registry[self._key] = self

    def _fire(self, wr):
        self()

    def __call__(self, _=None):
        entry = finalize._registry.pop(self._key, None)
        if entry is not None:
            return self._func(*self._args, **self._kwargs)

    def detach(self):
        obj = self._ref()
        entry = finalize._registry.pop(self._key, None)
        if obj is not None and entry is not None:
            return (obj, self._func, self._args, self._kwargs)

    def peek(self):
        obj = self._ref()
        if obj is not None and self._key in finalize._registry:
            return (obj, self._func, self._args, self._kwargs)

    @property
    def alive(self):
        return self._key in finalize._registry

    @property
    def atexit(self):
        return self._atexit

    @atexit.setter
    def atexit(self, value):
        self._atexit = bool(value)

    def __repr__(self):
        obj = self._ref()
        if obj is None:
            return "<finalize object at %#x; dead>" % id(self)
        return "<finalize object at %#x; for %r at %#x>" % (
            id(self), type(obj).__name__, id(obj))


def _run_exit_finalizers():
    # At exit, the finalizers still pending with atexit set run, newest
    # first (called by the interpreter's shutdown).
    pending = sorted(finalize._registry.items())
    while pending:
        key, f = pending.pop()
        if f._atexit:
            f()
