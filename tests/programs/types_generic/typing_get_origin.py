# typing.get_origin / typing.get_args over GenericAlias, unions and
# typing's own aliases.
import collections
import typing

for tp in (list[int], dict[str, int], tuple[()], int | None, int, typing.Union[int, str],
           typing.Optional[int], typing.List[int], typing.List, typing.Dict[str, int],
           typing.Deque[int], collections.deque[int], list[list[int]]):
    print(tp, typing.get_origin(tp), typing.get_args(tp))
