# User __hash__ with __eq__: instances work as dict keys and set members by value; __eq__ alone makes them unhashable.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
a = Point(1, 2)
b = Point(1, 2)
print(a == b, a is b, hash(a) == hash(b))  # expect: True False True
grid = {a: "start"}
print(grid[b], b in grid, Point(2, 1) in grid)  # expect: start True False
grid[b] = "replaced"
print(len(grid), grid)  # expect: 1 {Point(1, 2): 'replaced'}
seen = {Point(0, 0), Point(0, 0), Point(1, 1)}
print(len(seen), Point(1, 1) in seen)  # expect: 2 True
print(sorted(set([Point(3, 4), Point(3, 4), Point(4, 3)]), key=lambda p: p.x))  # expect: [Point(3, 4), Point(4, 3)]
print(a == (1, 2), a != (1, 2))  # expect: False True
print(list({Point(5, 5): 1, Point(5, 5): 2}.items()))  # expect: [(Point(5, 5), 2)]
# equal hashes but unequal values are still distinct keys
class Same:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Same) and self.v == other.v
d = {Same(1): "one", Same(2): "two"}
print(len(d), d[Same(2)], Same(3) in d)  # expect: 2 two False
# __eq__ without __hash__ sets __hash__ to None
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __eq__(self, other):
        return self.cents == other.cents
print(Money.__hash__, Money(5) == Money(5))  # expect: None True
try:
    hash(Money(5))
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError unhashable type: 'Money'
try:
    {Money(1): "x"}
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError unhashable type: 'Money'
try:
    {Money(1)}
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError unhashable type: 'Money'
print(Money(1) in [Money(2), Money(1)])  # expect: True
# explicit __hash__ = None
class P:
    __hash__ = None
try:
    hash(P())
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError unhashable type: 'P'
try:
    cache = {}
    cache[P()] = 1
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError unhashable type: 'P'
# a subclass that only overrides __eq__ loses the inherited hash
class Point3(Point):
    def __eq__(self, other):
        return False
try:
    hash(Point3(1, 2))
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError unhashable type: 'Point3'
# no __eq__ and no __hash__: identity hashing
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(len({p1, p2, p1}), {p1: 1}.get(p2, "absent"))  # expect: 2 absent
# the value __hash__ returns is checked and normalised
class Minus:
    def __hash__(self):
        return -1
class Huge:
    def __hash__(self):
        return 2 ** 70
class Bad:
    def __hash__(self):
        return "h"
print(hash(Minus()), hash(Huge()) == hash(2 ** 70))  # expect: -2 True
try:
    hash(Bad())
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError __hash__ method should return an integer
