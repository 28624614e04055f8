# PEP 604 unions: int | None in annotations, their repr and __args__, isinstance against them.
def find(items: list[str], key: str | None = None) -> int | None:
    return None


print(find.__annotations__)  # expect: {'items': list[str], 'key': str | None, 'return': int | None}
print(int | str, (int | None).__args__)  # expect: int | str (<class 'int'>, <class 'NoneType'>)
print(type(int | None).__name__, type(list[int]))  # expect: UnionType <class 'types.GenericAlias'>
print(isinstance(3, int | str), isinstance("a", int | None), isinstance(None, int | None))  # expect: True False True
print(int | str == str | int, int | int, list[int] | None)  # expect: True <class 'int'> list[int] | None


class Job:
    pass


print(Job | None, isinstance(Job(), Job | int))  # expect: __main__.Job | None True
try:
    1 | "a"
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError unsupported operand type(s) for |: 'int' and 'str'
