# Subscripted builtins list[int], dict[str, int], tuple[int, ...], set[str], type[int], queue.Queue[int].
import queue
print(list[int])  # expect: list[int]
print(dict[str, int])  # expect: dict[str, int]
print(tuple[int, ...])  # expect: tuple[int, ...]
print(tuple[int, str, float])  # expect: tuple[int, str, float]
print(set[str])  # expect: set[str]
print(frozenset[int])  # expect: frozenset[int]
print(type[int])  # expect: type[int]
print(list[list[int]])  # expect: list[list[int]]
print(dict[str, list[tuple[int, int]]])  # expect: dict[str, list[tuple[int, int]]]
print(queue.Queue[int])  # expect: queue.Queue[int]
print(repr(list[int]))  # expect: list[int]
print(str(dict[str, int]))  # expect: dict[str, int]
# origin and args
print(list[int].__origin__)  # expect: <class 'list'>
print(list[int].__args__)  # expect: (<class 'int'>,)
print(dict[str, int].__args__)  # expect: (<class 'str'>, <class 'int'>)
print(tuple[int, ...].__args__)  # expect: (<class 'int'>, Ellipsis)
print(type[int].__origin__, type[int].__args__)  # expect: <class 'type'> (<class 'int'>,)
print(queue.Queue[str].__origin__)  # expect: <class 'queue.Queue'>
print(dict[str, list[int]].__args__[1].__args__)  # expect: (<class 'int'>,)
# equality
print(list[int] == list[int])  # expect: True
print(list[int] == list[str])  # expect: False
print(list[int] == list)  # expect: False
print(dict[str, int] == dict[str, int])  # expect: True
print(tuple[int, str] == tuple[str, int])  # expect: False
print(type(list[int]) is type(dict[str, int]))  # expect: True
print(type(list[int]).__name__)  # expect: GenericAlias
# an alias can be called like its origin
print(list[int]([3, 1, 2]))  # expect: [3, 1, 2]
print(dict[str, int](a=1))  # expect: {'a': 1}
print(set[int]() == set())  # expect: True
print(type(list[int]("ab")).__name__)  # expect: list
q = queue.Queue[int]()
q.put(5)
print(q.get(), type(q).__name__)  # expect: 5 Queue
# used in annotations
def first(items: list[int], index: dict[str, int]) -> tuple[int, ...]:
    return (items[0],)
print(first.__annotations__)  # expect: {'items': list[int], 'index': dict[str, int], 'return': tuple[int, ...]}
print(first([9, 8], {}))  # expect: (9,)
# not usable with isinstance
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError isinstance() argument 2 cannot be a parameterized generic
print(isinstance([], list[int].__origin__))  # expect: True
# subscript a user class that opts in with __class_getitem__
class Registry:
    def __class_getitem__(cls, item):
        return cls.__name__ + "[" + item.__name__ + "]"
print(Registry[int])  # expect: Registry[int]
try:
    print(int[str])
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError type 'int' is not subscriptable
