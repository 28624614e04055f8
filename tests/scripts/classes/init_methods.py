# __init__, instance attributes, methods calling methods, and bound methods as values.
class Point:
    def __init__(self, x, y=0):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def describe(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ") |p|^2=" + str(self.norm2())


p = Point(3, 4)
print(p.x, p.y)  # expect: 3 4
print(p.norm2())  # expect: 25
print(p.describe())  # expect: Point(3, 4) |p|^2=25
q = p.moved(1, -1)
print(q.describe())  # expect: Point(4, 3) |p|^2=25
print(Point(7).y)  # expect: 0
print(Point(y=2, x=1).describe())  # expect: Point(1, 2) |p|^2=5

# Attributes can be added and changed after construction.
p.label = "origin-ish"
p.x = 0
print(p.label, p.describe())  # expect: origin-ish Point(0, 4) |p|^2=16

# A bound method remembers its instance.
m = q.norm2
print(m())  # expect: 25
q.x = 0
print(m())  # expect: 9
print(m.__self__ is q)  # expect: True
print(m.__name__)  # expect: norm2
print(type(m).__name__)  # expect: method
print(type(Point.norm2).__name__)  # expect: function

# Calling through the class passes self explicitly.
print(Point.norm2(Point(1, 1)))  # expect: 2

# Bound methods stored in a list.
pts = [Point(1), Point(2), Point(3)]
methods = []
for pt in pts:
    methods.append(pt.norm2)
out = []
for meth in methods:
    out.append(meth())
print(out)  # expect: [1, 4, 9]


# A plain function assigned as a class attribute becomes a method.
def double_x(self):
    return self.x * 2


Point.double_x = double_x
print(Point(21).double_x())  # expect: 42
print(p.double_x())  # expect: 0

# A function stored on an instance is not bound.
p.helper = double_x
print(p.helper(Point(5)))  # expect: 10


# __init__ must return None.
class Bad:
    def __init__(self):
        return 1


try:
    Bad()
except TypeError as e:
    print(e)  # expect: __init__() should return None, not 'int'


# A class without __init__ takes no arguments.
class Empty:
    pass


e = Empty()
print(type(e).__name__)  # expect: Empty
try:
    Empty(1)
except TypeError as ex:
    print(ex)  # expect: Empty() takes no arguments


# Methods chaining by returning self.
class Builder:
    def __init__(self):
        self.parts = []

    def add(self, s):
        self.parts.append(s)
        return self

    def build(self):
        return "".join(self.parts)


print(Builder().add("a").add("b").add("c").build())  # expect: abc
