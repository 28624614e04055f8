# Parameter and return annotations are evaluated once at def time into f.__annotations__.
def add(x: int, y: int) -> int:
    return x + y
print(add.__annotations__)  # expect: {'x': <class 'int'>, 'y': <class 'int'>, 'return': <class 'int'>}
print(add(2, 3))  # expect: 5
def greet(name: str, punct: str = "!") -> None:
    print("hello " + name + punct)
print(greet.__annotations__)  # expect: {'name': <class 'str'>, 'punct': <class 'str'>, 'return': None}
greet("bob")  # expect: hello bob!
def untyped(a, b=1):
    return a
print(untyped.__annotations__)  # expect: {}
def partial(a, b: float, c=2) -> list:
    return [a, b, c]
print(partial.__annotations__)  # expect: {'b': <class 'float'>, 'return': <class 'list'>}
def only_return() -> bool:
    return True
print(only_return.__annotations__)  # expect: {'return': <class 'bool'>}
def star(*args: int, **kwargs: str) -> dict:
    return kwargs
print(star.__annotations__)  # expect: {'args': <class 'int'>, 'kwargs': <class 'str'>, 'return': <class 'dict'>}
def kwonly(a: int, *, sep: str = ",", end: "str" = "\n") -> str:
    return sep
print(kwonly.__annotations__)  # expect: {'a': <class 'int'>, 'sep': <class 'str'>, 'end': 'str', 'return': <class 'str'>}
def defaults_first(n: int = 5, items: list = [], flag: bool = False):
    return n
print(defaults_first.__annotations__)  # expect: {'n': <class 'int'>, 'items': <class 'list'>, 'flag': <class 'bool'>}
print(defaults_first.__defaults__)  # expect: (5, [], False)
# annotations can be any expression, evaluated at def time in the enclosing scope
counter = []
def note(tag):
    counter.append(tag)
    return tag
def evaluated(a: note("a"), b: note("b") = note("default")) -> note("ret"):
    return a
print(counter)  # expect: ['default', 'a', 'b', 'ret']
evaluated(1)
evaluated(2)
print(counter)  # expect: ['default', 'a', 'b', 'ret']
print(evaluated.__annotations__)  # expect: {'a': 'a', 'b': 'b', 'return': 'ret'}
LIMIT = 10
def uses_const(x: LIMIT * 2) -> (1, 2):
    return x
print(uses_const.__annotations__)  # expect: {'x': 20, 'return': (1, 2)}
# annotations are not checked at call time
print(add("a", "b"))  # expect: ab
print(add([1], [2]))  # expect: [1, 2]
# the dict is an ordinary, mutable attribute
ann = add.__annotations__
print(type(ann).__name__, list(ann))  # expect: dict ['x', 'y', 'return']
ann["extra"] = float
print(add.__annotations__["extra"])  # expect: <class 'float'>
# a nested function gets its own annotations, re-evaluated each def
def make(kind):
    def inner(v: kind) -> kind:
        return v
    return inner
print(make(int).__annotations__)  # expect: {'v': <class 'int'>, 'return': <class 'int'>}
print(make(str).__annotations__)  # expect: {'v': <class 'str'>, 'return': <class 'str'>}
print(make(None).__annotations__)  # expect: {'v': None, 'return': None}
# an undefined name in a parameter annotation raises at def time
try:
    def broken(x: UndefinedType) -> None:
        pass
except NameError as e:
    print(type(e).__name__, e)  # expect: NameError name 'UndefinedType' is not defined
# string annotations stay strings
def forward(node: "Node") -> "list[Node]":
    return [node]
print(forward.__annotations__)  # expect: {'node': 'Node', 'return': 'list[Node]'}
