# dataclasses: inheritance, ClassVar, field(repr=/compare=), replace, fields, nested asdict/astuple and __init__ argument errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, MISSING
from typing import ClassVar, List

@dataclass
class Base:
    x: int
    tags: List[str] = field(default_factory=list, repr=False, compare=False)
    count: ClassVar[int] = 0

@dataclass
class Child(Base):
    y: int = 5
    z: str = "z"

c = Child(1, ["t"], 2)
print(c, c == Child(1, [], 2), c != Child(1, [], 3), Child.count)  # expect: Child(x=1, y=2, z='z') True True 0
print([f.name for f in fields(c)], [f.name for f in fields(Child)], is_dataclass(c), is_dataclass(Child), is_dataclass(1))  # expect: ['x', 'tags', 'y', 'z'] ['x', 'tags', 'y', 'z'] True True False
print(replace(c, y=9), asdict(c), astuple(c))  # expect: Child(x=1, y=9, z='z') {'x': 1, 'tags': ['t'], 'y': 2, 'z': 'z'} (1, ['t'], 2, 'z')
try:
    Child(1, 2, 3, 4, 5)
except TypeError as e:
    print(e)  # expect: Child.__init__() takes from 2 to 5 positional arguments but 6 were given
try:
    Child(1, q=2)
except TypeError as e:
    print(e)  # expect: Child.__init__() got an unexpected keyword argument 'q'
try:
    Child(1, x=2)
except TypeError as e:
    print(e)  # expect: Child.__init__() got multiple values for argument 'x'
try:
    Child()
except TypeError as e:
    print(e)  # expect: Child.__init__() missing 1 required positional argument: 'x'
try:
    fields(1)
except TypeError as e:
    print(e)  # expect: must be called with a dataclass type or instance
try:
    asdict(Child)
except TypeError as e:
    print(e)  # expect: asdict() should be called on dataclass instances

@dataclass(repr=False, eq=False)
class Plain:
    a: int
print(Plain(1) == Plain(1), repr(Plain(1))[:18])  # expect: False <__main__.Plain ob

@dataclass(order=True)
class V:
    a: int
    b: int = field(default=0, compare=False)
print(V(1, 9) < V(2, 0), V(1, 9) == V(1, 0), V(2) <= V(2), V(3) > V(2))  # expect: True True True True
try:
    @dataclass(order=True)
    class W:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print(e)  # expect: Cannot overwrite attribute __lt__ in class W. Consider using functools.total_ordering
try:
    @dataclass(order=True, eq=False)
    class W2:
        a: int
except ValueError as e:
    print(e)  # expect: eq must be true if order is true

@dataclass
class Tree:
    name: str
    kids: list = field(default_factory=list)
t = Tree("root", [Tree("a"), Tree("b", [Tree("c")])])
print(t)  # expect: Tree(name='root', kids=[Tree(name='a', kids=[]), Tree(name='b', kids=[Tree(name='c', kids=[])])])
print(asdict(t))  # expect: {'name': 'root', 'kids': [{'name': 'a', 'kids': []}, {'name': 'b', 'kids': [{'name': 'c', 'kids': []}]}]}
print(astuple(t))  # expect: ('root', [('a', []), ('b', [('c', [])])])
@dataclass
class Pair:
    d: dict
    tp: tuple
print(asdict(Pair({"k": Tree("x")}, (Tree("y"), 1))))  # expect: {'d': {'k': {'name': 'x', 'kids': []}}, 'tp': ({'name': 'y', 'kids': []}, 1)}
print(field(default=1).default, field().default is MISSING)  # expect: 1 True
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())  # expect: Empty() True
try:
    Empty(1)
except TypeError as e:
    print(e)  # expect: Empty.__init__() takes 1 positional argument but 2 were given
