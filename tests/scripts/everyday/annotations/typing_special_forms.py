# typing names as scripts use them in annotations: reprs of Optional, Union, List, Dict, Callable, ... and equality.
import typing
from typing import Any, Optional, Union, List, Dict, Tuple, Set, Callable
from typing import Iterable, Iterator, Generator, Awaitable, Coroutine
print(Any)  # expect: typing.Any
print(Optional[int])  # expect: typing.Optional[int]
print(Union[int, str])  # expect: typing.Union[int, str]
print(Union[int, None])  # expect: typing.Optional[int]
print(Union[int, str, None])  # expect: typing.Union[int, str, NoneType]
print(List[int])  # expect: typing.List[int]
print(Dict[str, int])  # expect: typing.Dict[str, int]
print(Tuple[int, ...])  # expect: typing.Tuple[int, ...]
print(Tuple[int, str])  # expect: typing.Tuple[int, str]
print(Set[str])  # expect: typing.Set[str]
print(Callable[[int], str])  # expect: typing.Callable[[int], str]
print(Callable[[], None])  # expect: typing.Callable[[], NoneType]
print(Callable[..., int])  # expect: typing.Callable[..., int]
print(Iterable[int])  # expect: typing.Iterable[int]
print(Iterator[str])  # expect: typing.Iterator[str]
print(Generator[int, None, None])  # expect: typing.Generator[int, NoneType, NoneType]
print(Awaitable[int])  # expect: typing.Awaitable[int]
print(Coroutine[Any, Any, int])  # expect: typing.Coroutine[typing.Any, typing.Any, int]
print(Optional[List[int]])  # expect: typing.Optional[typing.List[int]]
print(Dict[str, List[Tuple[int, int]]])  # expect: typing.Dict[str, typing.List[typing.Tuple[int, int]]]
print(List)  # expect: typing.List
print(typing.Optional)  # expect: typing.Optional
# equality and normalisation
print(Optional[int] == Union[int, None])  # expect: True
print(Union[int, str] == Union[str, int])  # expect: True
print(List[int] == List[int])  # expect: True
print(List[int] == List[str])  # expect: False
print(Union[int])  # expect: <class 'int'>
print(Union[int, int])  # expect: <class 'int'>
print(Union[int, Union[str, float]])  # expect: typing.Union[int, str, float]
# origin and args
print(List[int].__origin__)  # expect: <class 'list'>
print(Dict[str, int].__args__)  # expect: (<class 'str'>, <class 'int'>)
print(Optional[int].__args__)  # expect: (<class 'int'>, <class 'NoneType'>)
# used in annotations, the objects are stored as-is
def lookup(table: Dict[str, int], key: str, default: Optional[int] = None) -> Optional[int]:
    return table.get(key, default)
print(lookup.__annotations__)  # expect: {'table': typing.Dict[str, int], 'key': <class 'str'>, 'default': typing.Optional[int], 'return': typing.Optional[int]}
print(lookup({"a": 1}, "a"), lookup({}, "b"))  # expect: 1 None
def apply(fn: Callable[[int], int], values: List[int]) -> List[int]:
    return [fn(v) for v in values]
print(apply.__annotations__["fn"])  # expect: typing.Callable[[int], int]
print(apply(lambda v: v * v, [1, 2, 3]))  # expect: [1, 4, 9]
def numbers(n: int) -> Iterator[int]:
    for i in range(n):
        yield i
print(list(numbers(3)), numbers.__annotations__["return"])  # expect: [0, 1, 2] typing.Iterator[int]
# the bare names still work with isinstance
print(isinstance([], List), isinstance({}, Dict))  # expect: True True
print(isinstance(iter([]), Iterator), isinstance([], Iterable))  # expect: True True
try:
    isinstance([], List[int])
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Subscripted generics cannot be used with class and instance checks
