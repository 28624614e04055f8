# typing.TypeVar, Generic classes, Protocol, cast and TYPE_CHECKING as used in typed scripts.
from typing import TypeVar, Generic, Protocol, List, Optional, cast, TYPE_CHECKING
import typing
T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
print(T, repr(K))  # expect: ~T ~K
print(T.__name__, type(T).__name__)  # expect: T TypeVar
Number = TypeVar("Number", int, float)
print(Number, Number.__constraints__)  # expect: ~Number (<class 'int'>, <class 'float'>)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def peek(self) -> Optional[T]:
        return self.items[-1] if self.items else None
    def __len__(self) -> int:
        return len(self.items)
s = Stack()
s.push(1)
s.push(2)
print(s.pop(), len(s), s.peek())  # expect: 2 1 1
ints = Stack[int]()
ints.push(10)
ints.push("not checked")
print(ints.pop(), ints.pop(), ints.peek())  # expect: not checked 10 None
print(type(ints).__name__, isinstance(ints, Stack))  # expect: Stack True
print(Stack[int])  # expect: __main__.Stack[int]
print(Stack[int] == Stack[int])  # expect: True
print(Stack.push.__annotations__)  # expect: {'item': ~T, 'return': None}
print(Stack.peek.__annotations__)  # expect: {'return': typing.Optional[~T]}
print(Stack.__parameters__)  # expect: (~T,)
class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V) -> None:
        self.key = key
        self.value = value
    def __repr__(self) -> str:
        return "Pair(%r, %r)" % (self.key, self.value)
print(Pair("a", 1), Pair[str, int]("b", 2))  # expect: Pair('a', 1) Pair('b', 2)
print(Pair.__parameters__)  # expect: (~K, ~V)
class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self.items)
st = IntStack()
st.push(3)
st.push(4)
print(st.total(), len(st))  # expect: 7 2
# Protocol: structural typing, nothing is checked at run time
class Greeter(Protocol):
    def greet(self, name: str) -> str:
        ...
class English:
    def greet(self, name: str) -> str:
        return "hello " + name
def welcome(g: Greeter) -> str:
    return g.greet("ann")
print(welcome(English()))  # expect: hello ann
print(Greeter.__name__, welcome.__annotations__)  # expect: Greeter {'g': <class '__main__.Greeter'>, 'return': <class 'str'>}
try:
    Greeter()
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Protocols cannot be instantiated
# cast returns its argument unchanged; TYPE_CHECKING is False at run time
print(cast(int, "x"))  # expect: x
print(cast(List[int], None))  # expect: None
print(cast("str", 5))  # expect: 5
value = cast(Optional[str], "maybe")
print(value.upper())  # expect: MAYBE
print(TYPE_CHECKING, typing.TYPE_CHECKING)  # expect: False False
if TYPE_CHECKING:
    name_that_is_not_defined()
    print("never printed")
else:
    print("runtime branch")  # expect: runtime branch
