# typing.NamedTuple classes: fields from annotations, defaults, repr, unpacking, _replace, _asdict, methods.
from typing import NamedTuple, Optional
class Point(NamedTuple):
    x: int
    y: int
p = Point(1, 2)
print(p)  # expect: Point(x=1, y=2)
print(p.x, p.y, p[0], p[-1])  # expect: 1 2 1 2
a, b = p
print(a + b)  # expect: 3
print(len(p), list(p), tuple(p))  # expect: 2 [1, 2] (1, 2)
print(p == (1, 2), p == Point(1, 2), isinstance(p, tuple))  # expect: True True True
print(Point(y=5, x=4))  # expect: Point(x=4, y=5)
print(Point._fields)  # expect: ('x', 'y')
print(Point.__annotations__)  # expect: {'x': <class 'int'>, 'y': <class 'int'>}
print(p._replace(y=10), p)  # expect: Point(x=1, y=10) Point(x=1, y=2)
print(p._asdict())  # expect: {'x': 1, 'y': 2}
print(Point._make([7, 8]))  # expect: Point(x=7, y=8)
class Task(NamedTuple):
    name: str
    priority: int = 0
    owner: Optional[str] = None
    def describe(self) -> str:
        return "%s (p%d)" % (self.name, self.priority)
t = Task("build")
print(t)  # expect: Task(name='build', priority=0, owner=None)
print(Task("test", 2, "ann"))  # expect: Task(name='test', priority=2, owner='ann')
print(Task._field_defaults)  # expect: {'priority': 0, 'owner': None}
print(t.describe(), Task("ship", priority=9).describe())  # expect: build (p0) ship (p9)
tasks = [Task("c", 3), Task("a", 1), Task("b", 2)]
print([x.name for x in sorted(tasks, key=lambda x: x.priority)])  # expect: ['a', 'b', 'c']
print(max(tasks).name, min(tasks))  # expect: c Task(name='a', priority=1, owner=None)
counts = {Point(0, 0): "origin"}
print(counts[Point(0, 0)], hash(Point(1, 2)) == hash((1, 2)))  # expect: origin True
try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)  # expect: AttributeError can't set attribute
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Point.__new__() missing 1 required positional argument: 'y'
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Point.__new__() takes 3 positional arguments but 4 were given
try:
    Task()
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Task.__new__() missing 1 required positional argument: 'name'
try:
    p._replace(z=1)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError Got unexpected field names: ['z']
print(type(p).__name__, Point.__mro__[1].__name__)  # expect: Point tuple
for name, value in zip(Task._fields, Task("zip", 1)):
    print(name, "=", value)  # expect: name = zip
    # expect: priority = 1
    # expect: owner = None
