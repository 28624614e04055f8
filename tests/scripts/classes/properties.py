# @property getters, setters with validation, deleters, read-only properties and inheritance.
class Circle:
    def __init__(self, radius):
        self.radius = radius

    @property
    def radius(self):
        return self._radius

    @radius.setter
    def radius(self, value):
        if value < 0:
            raise ValueError("radius must be non-negative")
        self._radius = value

    @property
    def diameter(self):
        return self._radius * 2

    @diameter.setter
    def diameter(self, d):
        self.radius = d / 2

    @property
    def area(self):
        return 3 * self._radius * self._radius


c = Circle(2)
print(c.radius, c.diameter, c.area)  # expect: 2 4 12
c.radius = 5
print(c.radius, c.diameter)  # expect: 5 10
c.diameter = 3
print(c.radius, c._radius)  # expect: 1.5 1.5
try:
    c.radius = -1
except ValueError as e:
    print(e)  # expect: radius must be non-negative
print(c.radius)  # expect: 1.5
try:
    Circle(-3)
except ValueError as e:
    print("ctor", e)  # expect: ctor radius must be non-negative

# A property without a setter is read-only.
try:
    c.area = 100
except AttributeError as e:
    print(e)  # expect: property 'area' of 'Circle' object has no setter
print(type(Circle.area).__name__)  # expect: property


# Deleter.
class Box:
    def __init__(self):
        self._items = [1, 2]
        self.log = []

    @property
    def items(self):
        self.log.append("get")
        return self._items

    @items.deleter
    def items(self):
        self.log.append("del")
        self._items = []


b = Box()
print(b.items)  # expect: [1, 2]
del b.items
print(b.items, b.log)  # expect: [] ['get', 'del', 'get']
try:
    b.items = [5]
except AttributeError as e:
    print(e)  # expect: property 'items' of 'Box' object has no setter


class NoDel:
    @property
    def v(self):
        return 1


try:
    del NoDel().v
except AttributeError as e:
    print(e)  # expect: property 'v' of 'NoDel' object has no deleter


# Properties are computed on each access.
class Counter:
    def __init__(self):
        self.n = 0

    @property
    def next_value(self):
        self.n += 1
        return self.n


ctr = Counter()
print(ctr.next_value, ctr.next_value, ctr.next_value)  # expect: 1 2 3


# Inherited properties, and a subclass overriding the property.
class Named:
    def __init__(self, first, last):
        self.first = first
        self.last = last

    @property
    def full(self):
        return self.first + " " + self.last


class Titled(Named):
    @property
    def full(self):
        return "Dr. " + super().full


print(Named("ada", "l").full, Titled("alan", "t").full)  # expect: ada l Dr. alan t

# An exception raised in a getter propagates as-is.
class Broken:
    @property
    def value(self):
        raise KeyError("missing")


try:
    Broken().value
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'missing'

# The property object is reachable on the class.
print(Circle.radius.fget(c))  # expect: 1.5
