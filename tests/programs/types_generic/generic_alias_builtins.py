# list[int] and friends build types.GenericAlias objects: repr, parts,
# equality and hashing, calling, subscripting again, unions, errors.
import collections
import types

print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], type[int])
print(tuple[()], tuple[int, str], dict[str, tuple[int, ...]], list[()], enumerate[str])
print(collections.deque[int], collections.defaultdict[str, int])
print(collections.OrderedDict[str, int], collections.Counter[str], collections.ChainMap[str, int])
print(collections.UserList[int])
print(list[len], list[1, 'a'], list[None])

alias = dict[str, int]
print(type(alias), type(alias).__module__)
print(alias.__origin__, alias.__args__, alias.__parameters__)
print(type[int].__origin__, list[int].__args__[0] is int)
print(list[int].__module__, list[int].__name__, list[int].__qualname__)
print(list[int].__class__, list[int].__unpacked__)

print(list[int] == list[int], list[int] != dict[int], list[int] == list[str], list[int] == list)
print(hash(list[int]) == hash(list[int]))
table = {list[int]: 'ints'}
print(table[list[int]])

print(list[int]("ab"), alias(a=1), alias.fromkeys("xy"))
print(collections.defaultdict[str, int](int))
print(callable(list[int]), isinstance(list[int], type))
print(types.GenericAlias(list, (int,)), types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
print(list.__class_getitem__(int), dict.__class_getitem__((int, str)))

for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
              lambda: isinstance([], list[int] | None)):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)
print(isinstance(1, (int, list[int])), isinstance(1, int | list[int]))

try:
    list[int][str]
except TypeError as e:
    print('TypeError:', e)
try:
    list[int].extra = 1
except AttributeError as e:
    print('AttributeError:', e)

print(list[int] | None, int | list[int], list[int] | None | int, list[int] | list[int])
print(type(list[int] | None), (list[int] | None).__args__)
print(dir(list[int])[-12:])

import copy

print(copy.copy(alias), copy.deepcopy(alias), copy.deepcopy({'k': dict[str, list[int]]}),
      copy.copy(alias) == alias, alias.__reduce__())
print(copy.deepcopy(int | None), copy.copy(int | str), copy.deepcopy([list[int] | None]))
