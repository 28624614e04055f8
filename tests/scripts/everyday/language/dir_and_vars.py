# dir() of an instance, a class and a module, as CPython 3.11 lists them; vars() of an instance.
class Point:
    """A point."""
    z = 0
    def __init__(self, x):
        self.x = x
    def norm(self):
        return abs(self.x)
p = Point(3)
print(dir(p))  # expect: ['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__', '__ge__', '__getattribute__', '__getstate__', '__gt__', '__hash__', '__init__', '__init_subclass__', '__le__', '__lt__', '__module__', '__ne__', '__new__', '__reduce__', '__reduce_ex__', '__repr__', '__setattr__', '__sizeof__', '__str__', '__subclasshook__', '__weakref__', 'norm', 'x', 'z']
print([n for n in dir(p) if not n.startswith("_")])  # expect: ['norm', 'x', 'z']
print(dir(Point) == dir(p))  # expect: False
print(vars(p))  # expect: {'x': 3}
import string
print([n for n in dir(string) if n.startswith("ascii")])  # expect: ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase']
