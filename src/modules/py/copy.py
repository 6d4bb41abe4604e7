"""Generic (shallow and deep) copying operations (CPython's copy, in Python)."""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_atomic = (type(None), int, float, bool, str, bytes,
           range, type, type(len), type(Ellipsis), type(NotImplemented))


def _is_atomic(x):
    # Instances of subclasses of the atomic types are copied (they may
    # carry a __dict__), as CPython's copy does through __reduce_ex__.
    return type(x) in _atomic or isinstance(x, type) or (
        callable(x) and type(x).__name__ in (
            'function', 'builtin_function_or_method'))


_builtin_bases = (list, dict, set, frozenset, tuple, str, bytes, int, float)


def _builtin_base(cls):
    for klass in cls.__mro__:
        if klass in _builtin_bases:
            return klass
    return None


def _new_like(x, cls, base, memo):
    """A new instance of cls for x, made as pickle protocol 4 would."""
    if base in (set, frozenset):
        items = list(x)
        if memo is not None:
            items = deepcopy(items, memo)
        return cls(items)
    if base in (tuple, str, bytes, int, float):
        getnewargs = getattr(cls, '__getnewargs__', None)
        if getnewargs is not None:
            args = getnewargs(x)
        elif base is str:
            args = (str.__str__(x),)
        else:
            args = (base(x),)
        if memo is not None:
            args = deepcopy(args, memo)
        return cls.__new__(cls, *args)
    return cls.__new__(cls)


def _user_reduce(x, cls):
    """What a class's own __reduce_ex__ or __reduce__ returns for x, or
    None when it keeps object's."""
    for name in ('__reduce_ex__', '__reduce__'):
        method = getattr(cls, name, None)
        if method is not None and method is not getattr(object, name):
            return method(x, 4) if name == '__reduce_ex__' else method(x)
    return None


def _from_reduce(x, rv, memo):
    """The copy that a __reduce__ value describes: (callable, args[, state
    [, listitems[, dictitems[, state_setter]]]])."""
    if isinstance(rv, str):
        return x
    if not isinstance(rv, tuple):
        raise Error('un(deep)copyable object of type %s' % type(x))
    func, args, *rest = rv
    rest += [None] * (4 - len(rest))
    state, listiter, dictiter, state_setter = rest[:4]
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if state_setter is not None:
            state_setter(y, state)
        elif hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for key, value in dictiter:
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls in (tuple, frozenset):
        return x
    if cls in (list, dict, set, bytearray):
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _user_reduce(x, cls)
    if rv is not None:
        return _from_reduce(x, rv, None)
    return _reconstruct(x, None)


def _own_reduce(x, cls):
    """x.__reduce__() when a Python class defines it and it gives the
    (callable, args) pair; None otherwise."""
    for klass in cls.__mro__:
        if '__reduce__' in klass.__dict__:
            if klass is object or not callable(klass.__dict__['__reduce__']):
                return None
            rv = x.__reduce__()
            if isinstance(rv, tuple) and len(rv) == 2 and isinstance(rv[1], tuple):
                return rv
            return None
    return None


def _reconstruct(x, memo):
    cls = type(x)
    rv = _own_reduce(x, cls)
    if rv is not None:
        func, args = rv
        if memo is not None:
            args = deepcopy(args, memo)
        return func(*args)
    base = _builtin_base(cls)
    y = _new_like(x, cls, base, memo)
    if memo is not None:
        memo[id(x)] = y
    state = getattr(x, '__dict__', None)
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not object.__getstate__ \
            and not isinstance(x, type):
        try:
            state = x.__getstate__()
        except TypeError:
            pass
    slots = []
    for klass in cls.__mro__:
        s = klass.__dict__.get('__slots__', ())
        slots.extend([s] if isinstance(s, str) else s)
    if state:
        if memo is not None:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
    for name in slots:
        if name in ('__dict__', '__weakref__'):
            continue
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        setattr(y, name, value if memo is None else deepcopy(value, memo))
    if base is list:
        for item in x:
            y.append(item if memo is None else deepcopy(item, memo))
    elif base is dict:
        for key, value in x.items():
            if memo is not None:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        if d in memo:
            return memo[d]
        if all(a is b for a, b in zip(items, x)):
            y = x
        else:
            y = tuple(items)
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls in (set, frozenset):
        y = cls(deepcopy(a, memo) for a in x)
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _user_reduce(x, cls)
            if rv is not None:
                y = _from_reduce(x, rv, memo)
            else:
                y = _reconstruct(x, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
