# Lambdas stored as class attributes become methods; lambdas as instance attributes do not.
class Shape:
    area = lambda self: self.w * self.h
    describe = lambda self, unit="cm": f"{self.w}x{self.h} {unit}"

    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.half = lambda: self.area() / 2


s = Shape(3, 4)
print(s.area())  # expect: 12
print(s.describe())  # expect: 3x4 cm
print(s.describe("m"))  # expect: 3x4 m
print(s.half())  # expect: 6.0
print(Shape.area(Shape(2, 5)))  # expect: 10

# A lambda capturing self keeps working after the instance is modified.
s.w = 10
print(s.half())  # expect: 20.0

# Sorting instances with a lambda key on an attribute.
shapes = [Shape(5, 5), Shape(1, 2), Shape(3, 3)]
for sh in sorted(shapes, key=lambda x: x.area()):
    print(sh.describe())
# expect: 1x2 cm
# expect: 3x3 cm
# expect: 5x5 cm
biggest = max(shapes, key=lambda x: x.area())
print(biggest.w)  # expect: 5

# A list of bound-method-calling lambdas.
calls = []
for sh in shapes:
    calls.append(lambda sh=sh: sh.area())
res = []
for c in calls:
    res.append(c())
print(res)  # expect: [25, 2, 9]

# Lambda used as a default factory in a dict of counters.
def tally(words, make=lambda: 0):
    counts = {}
    for w in words:
        if w not in counts:
            counts[w] = make()
        counts[w] += 1
    return counts


print(tally(["a", "b", "a", "c", "a"]))  # expect: {'a': 3, 'b': 1, 'c': 1}

# Calling the class-level lambda without an instance is a normal function call.
try:
    Shape.area()
except TypeError as e:
    print(e)  # expect: Shape.<lambda>() missing 1 required positional argument: 'self'
