# __eq__, derived !=, __lt__ for sorting, default identity equality and `is`.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.major == other.major and self.minor == other.minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"v{self.major}.{self.minor}"


a = Version(1, 2)
b = Version(1, 2)
c = Version(2, 0)
print(a == b, a is b, a != b)  # expect: True False False
print(a == c, a != c)  # expect: False True
print(a == "1.2", a != "1.2")  # expect: False True
print(a < c, c < a, c > a)  # expect: True False True
print(sorted([c, Version(0, 9), a]))  # expect: [v0.9, v1.2, v2.0]
print(min([c, a]), max([a, c]))  # expect: v1.2 v2.0
print(a in [c, b], Version(3, 3) in [a, c])  # expect: True False
print([a, c].index(b))  # expect: 0
print([a, b, c].count(Version(1, 2)))  # expect: 2

# <= is not derived from < and ==.
try:
    a <= c
except TypeError as e:
    print(e)  # expect: '<=' not supported between instances of 'Version' and 'Version'

# Comparing with an unrelated type for ordering.
try:
    a < 5
except AttributeError as e:
    print(e)  # expect: 'int' object has no attribute 'major'


# Default equality is identity.
class Plain:
    pass


p = Plain()
q = Plain()
print(p == p, p == q, p != q, p is p)  # expect: True False True True
print(p in [q], p in [q, p])  # expect: False True
try:
    p < q
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'Plain' and 'Plain'


# Reflected comparison: if the left returns NotImplemented, the right's reflection is tried.
class Num:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        if isinstance(other, Num):
            return self.n < other.n
        if isinstance(other, int):
            return self.n < other
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, int):
            return self.n > other
        return NotImplemented


print(Num(1) < 2, 2 < Num(1), 5 > Num(3))  # expect: True False True
print(sorted([Num(3), Num(1), Num(2)])[0].n)  # expect: 1


# An __eq__ that logs when it is called.
class Loud:
    def __init__(self, tag):
        self.tag = tag

    def __eq__(self, other):
        print("eq", self.tag, other.tag)
        return self.tag == other.tag


x = Loud("x")
y = Loud("y")
print(x == y)
# expect: eq x y
# expect: False
print(x != y)
# expect: eq x y
# expect: True
print(x in [x])  # expect: True
