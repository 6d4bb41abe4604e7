# Built-in methods and slot wrappers called unbound check their receiver:
# `list.__len__(())` and `str.upper(5)` raise CPython's TypeError.


class Other:
    pass


CASES = [
    (int, '__abs__ __add__ __and__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getnewargs__ __gt__ __hash__ __index__ __int__ __invert__ __le__ __lshift__ __lt__ __mod__ __mul__ __ne__ __neg__ __or__ __pos__ __pow__ __radd__ __rand__ __rdivmod__ __repr__ __rfloordiv__ __rlshift__ __rmod__ __rmul__ __ror__ __round__ __rpow__ __rrshift__ __rshift__ __rsub__ __rtruediv__ __rxor__ __sizeof__ __sub__ __truediv__ __trunc__ __xor__ as_integer_ratio bit_count bit_length conjugate to_bytes'),
    (float, '__abs__ __add__ __bool__ __ceil__ __divmod__ __eq__ __float__ __floor__ __floordiv__ __format__ __ge__ __getnewargs__ __gt__ __hash__ __int__ __le__ __lt__ __mod__ __mul__ __ne__ __neg__ __pos__ __pow__ __radd__ __rdivmod__ __repr__ __rfloordiv__ __rmod__ __rmul__ __round__ __rpow__ __rsub__ __rtruediv__ __sub__ __truediv__ __trunc__ as_integer_ratio conjugate hex is_integer'),
    (str, '__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __str__ capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill'),
    (bytes, '__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ capitalize center count decode endswith expandtabs find hex index isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip partition removeprefix removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill'),
    (bytearray, '__add__ __contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __iadd__ __imul__ __init__ __iter__ __le__ __len__ __lt__ __mod__ __mul__ __ne__ __repr__ __rmod__ __rmul__ __setitem__ append capitalize center clear copy count decode endswith expandtabs extend find hex index insert isalnum isalpha isascii isdigit islower isspace istitle isupper join ljust lower lstrip partition pop remove removeprefix removesuffix replace reverse rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill'),
    (list, '__add__ __contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __iadd__ __imul__ __init__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __repr__ __reversed__ __rmul__ __setitem__ append clear copy count extend index insert pop remove reverse sort'),
    (tuple, '__add__ __contains__ __eq__ __ge__ __getitem__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __mul__ __ne__ __repr__ __rmul__ count index'),
    (dict, '__contains__ __delitem__ __eq__ __ge__ __getitem__ __gt__ __init__ __ior__ __iter__ __le__ __len__ __lt__ __ne__ __or__ __repr__ __reversed__ __ror__ __setitem__ clear copy get items keys pop popitem setdefault update values'),
    (set, '__and__ __contains__ __eq__ __ge__ __gt__ __iand__ __init__ __ior__ __isub__ __iter__ __ixor__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__ add clear copy difference difference_update discard intersection intersection_update isdisjoint issubset issuperset pop remove symmetric_difference symmetric_difference_update union update'),
    (frozenset, '__and__ __contains__ __eq__ __ge__ __gt__ __hash__ __iter__ __le__ __len__ __lt__ __ne__ __or__ __rand__ __repr__ __ror__ __rsub__ __rxor__ __sub__ __xor__ copy difference intersection isdisjoint issubset issuperset symmetric_difference union'),
    (range, '__bool__ __contains__ __eq__ __getitem__ __hash__ __iter__ __len__ __ne__ __repr__ __reversed__ count index'),
    (slice, 'indices'),
    (memoryview, '__delitem__ __enter__ __eq__ __exit__ __getitem__ __hash__ __iter__ __len__ __ne__ __repr__ __setitem__ cast hex release tobytes tolist toreadonly'),
    (BaseException, '__init__ __repr__ __str__ add_note with_traceback'),
    (type(iter([])), '__iter__ __length_hint__ __next__'),
    (type({}.keys()), 'isdisjoint'),
    (enumerate, '__iter__ __next__'),
    (zip, '__iter__ __next__'),
    (map, '__iter__ __next__'),
    (filter, '__iter__ __next__'),
    (reversed, '__iter__ __length_hint__ __next__'),
    (type, '__call__ __init__ __instancecheck__ __subclasscheck__'),
    (object, '__dir__ __eq__ __ge__ __getstate__ __gt__ __hash__ __init__ __le__ __lt__ __ne__ __repr__ __sizeof__ __str__'),
]
for owner, names in CASES:
    for name in names.split():
        try:
            getattr(owner, name)(Other())
            outcome = 'ran'
        except TypeError as e:
            outcome = f'TypeError: {e}'
        except Exception as e:
            outcome = type(e).__name__
        print(owner.__name__, name, outcome)

for call in (lambda: list.__len__(()), lambda: str.upper(5), lambda: dict.get([], 1),
             lambda: list.__len__(), lambda: str.upper(), lambda: str.__add__(1, 'a'),
             lambda: list.__getitem__((), 0), lambda: dict.__contains__([], 1),
             lambda: set.__contains__(frozenset(), 1), lambda: int.__add__(1.5, 1),
             lambda: list.append.__get__(())(1)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)


class MyList(list):
    pass


print(list.__len__(MyList([1, 2])), int.__add__(True, 1), object.__repr__(5)[:13],
      str.upper(type('S', (str,), {})('abc')), dict.fromkeys.__self__)
items = [3]
list.append.__get__(items)(4)
print(items, list.append.__get__(None, list) is list.append, list.__len__.__get__(items, list)())
