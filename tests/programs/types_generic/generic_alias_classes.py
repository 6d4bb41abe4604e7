# __class_getitem__ on user classes, subclasses of generic built-ins,
# classes deriving from an alias (__mro_entries__), type variables, and
# annotations that use aliases.
import typing


class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)


print(Box[int], Box[int, str])


class Plain:
    pass


for thing in (Plain, int, str):
    try:
        thing[int]
    except TypeError as e:
        print('TypeError:', e)
for value in (5, len, None):
    try:
        (lambda v: v)(value)[0]
    except TypeError as e:
        print('TypeError:', e)


class Meta(type):
    def __getitem__(cls, key):
        return ('meta', key)


class WithMeta(metaclass=Meta):
    pass


print(WithMeta[1])


class MyList(list):
    pass


print(MyList[int], MyList[int]([3]), type(MyList[int]([3])).__name__)


class Ints(list[int]):
    pass


print(Ints.__mro__, Ints.__orig_bases__, Ints([1, 2]))
print('__orig_bases__' in MyList.__dict__)

T = typing.TypeVar('T')
K = typing.TypeVar('K')
print(list[T], list[T].__parameters__, dict[K, list[T]].__parameters__)
print(dict[str, T][int], list[list[T]][int], dict[K, T][str, bytes])
try:
    dict[T, str][int, str]
except TypeError as e:
    print('TypeError:', e)
try:
    dict[K, T][int]
except TypeError as e:
    print('TypeError:', e)
print(list[typing.List[int]], list[typing.Optional[int]])


def f(x: list[int], *, y: dict[str, list[int]] = None) -> tuple[int, ...] | None:
    pass


print(f.__annotations__)


class Record:
    names: list[str]
    scores: dict[str, float]
    queue: 'collections.deque[int]'


print(Record.__annotations__)
