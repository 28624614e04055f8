# Arithmetic dunders: __add__, __sub__, __mul__, __radd__, NotImplemented, __neg__ and augmented ops.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        if isinstance(other, int):
            return Vec(self.x + other, self.y + other)
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return self.__add__(other)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self.__mul__(k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(1, 2)
b = Vec(10, 20)
print(a + b)  # expect: Vec(11, 22)
print(b - a)  # expect: Vec(9, 18)
print(a * 3, 3 * a)  # expect: Vec(3, 6) Vec(3, 6)
print(a * 0.5)  # expect: Vec(0.5, 1.0)
print(-a)  # expect: Vec(-1, -2)
print(a + 1, 1 + a)  # expect: Vec(2, 3) Vec(2, 3)
print(sum([a, b, Vec(100, 100)]))  # expect: Vec(111, 122)
print(a + b == Vec(11, 22))  # expect: True

# Augmented assignment falls back to __add__ and rebinds.
c = a
c += b
print(c, a, c is a)  # expect: Vec(11, 22) Vec(1, 2) False

# Unsupported operands give the standard TypeError.
try:
    a + "s"
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +: 'Vec' and 'str'
try:
    "s" + a
except TypeError as e:
    print(e)  # expect: can only concatenate str (not "Vec") to str
try:
    a * a
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for *: 'Vec' and 'Vec'
try:
    a / 2
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for /: 'Vec' and 'int'
try:
    a += "s"
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +=: 'Vec' and 'str'
try:
    +a
except TypeError as e:
    print(e)  # expect: bad operand type for unary +: 'Vec'


# __iadd__ mutates in place and returns self.
class Acc:
    def __init__(self):
        self.total = 0

    def __iadd__(self, n):
        self.total += n
        return self

    def __repr__(self):
        return "Acc(" + str(self.total) + ")"


acc = Acc()
alias = acc
acc += 5
acc += 6
print(acc, alias is acc)  # expect: Acc(11) True
try:
    acc + 1
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for +: 'Acc' and 'int'


# Order of attempts: left __add__ returns NotImplemented, then right __radd__.
class Tracer:
    def __init__(self, name):
        self.name = name

    def __add__(self, other):
        print("add", self.name)
        return NotImplemented

    def __radd__(self, other):
        print("radd", self.name)
        return self.name


class Other:
    def __init__(self, name):
        self.name = name

    def __radd__(self, other):
        print("radd", self.name)
        return self.name


print(Tracer("L") + Other("R"))
# expect: add L
# expect: radd R
# expect: R

# When both operands have the same type, __radd__ is never tried.
try:
    Tracer("L") + Tracer("R")
except TypeError as e:
    print(e)
# expect: add L
# expect: unsupported operand type(s) for +: 'Tracer' and 'Tracer'


# Other operators: floor division, modulo, power.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __floordiv__(self, n):
        return Money(self.cents // n)

    def __mod__(self, n):
        return Money(self.cents % n)

    def __pow__(self, n):
        return Money(self.cents ** n)

    def __str__(self):
        c = self.cents % 100
        return str(self.cents // 100) + "." + ("0" if c < 10 else "") + str(c)


m = Money(1005)
print(m // 3, m % 7, Money(3) ** 3)  # expect: 3.35 0.04 0.27
