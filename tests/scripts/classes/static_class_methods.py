# @staticmethod and @classmethod: alternative constructors, cls(), inheritance of both.
class Temp:
    unit = "C"
    made = 0

    def __init__(self, degrees):
        self.degrees = degrees
        Temp.made += 1

    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))

    @classmethod
    def describe_class(cls):
        return cls.__name__ + " in " + cls.unit

    @staticmethod
    def is_freezing(c):
        return c <= 0

    def check(self):
        return self.is_freezing(self.degrees)

    def __repr__(self):
        return type(self).__name__ + "(" + str(self.degrees) + ")"


t = Temp.from_fahrenheit(212)
print(t)  # expect: Temp(100.0)
print(Temp.from_fahrenheit(32).check())  # expect: True
print(Temp.is_freezing(5), t.is_freezing(-1))  # expect: False True
print(Temp.describe_class(), t.describe_class())  # expect: Temp in C Temp in C
print(Temp.made)  # expect: 2


# Subclasses: cls is the subclass, so the alternative constructor builds it.
class Kelvin(Temp):
    unit = "K"

    def __init__(self, degrees):
        super().__init__(degrees + 273)


k = Kelvin.from_fahrenheit(32)
print(k, type(k).__name__)  # expect: Kelvin(273.0) Kelvin
print(Kelvin.describe_class())  # expect: Kelvin in K
print(Kelvin.is_freezing(0))  # expect: True


# A static method has no implicit first argument.
class Util:
    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def nothing():
        return "nothing"


print(Util.add(2, 3), Util().add(4, 5))  # expect: 5 9
print(Util.nothing(), Util().nothing())  # expect: nothing nothing
try:
    Util.add(1)
except TypeError as e:
    print(e)  # expect: Util.add() missing 1 required positional argument: 'b'


# A classmethod counting instances per class via cls.
class Registry:
    instances = None

    @classmethod
    def create(cls, name):
        if cls.instances is None:
            cls.instances = []
        obj = cls()
        obj.name = name
        cls.instances.append(name)
        return obj

    @classmethod
    def count(cls):
        return 0 if cls.instances is None else len(cls.instances)


class SubRegistry(Registry):
    pass


SubRegistry.create("s")
Registry.create("a")
Registry.create("b")
SubRegistry.create("c")
print(Registry.instances, SubRegistry.instances)  # expect: ['a', 'b'] ['s', 'c']
print(Registry.count(), SubRegistry.count())  # expect: 2 2
# Once the base has its own list, a fresh subclass inherits (and shares) it.


class LateSub(Registry):
    pass


LateSub.create("late")
print(Registry.instances, LateSub.instances is Registry.instances)  # expect: ['a', 'b', 'late'] True

# Types of the wrapped objects.
print(type(Temp.__dict__["is_freezing"]).__name__)  # expect: staticmethod
print(type(Temp.__dict__["from_fahrenheit"]).__name__)  # expect: classmethod
print(type(Temp.from_fahrenheit).__name__, type(Temp.is_freezing).__name__)  # expect: method function
print(Temp.from_fahrenheit.__self__ is Temp)  # expect: True


# A classmethod wrongly called with an extra argument.
try:
    Temp.describe_class(1)
except TypeError as e:
    print(e)  # expect: Temp.describe_class() takes 1 positional argument but 2 were given


# A static method used as a helper from another method through the class name.
class Parser:
    @staticmethod
    def clean(s):
        return s.strip().lower()

    @classmethod
    def parse_all(cls, items):
        out = []
        for it in items:
            out.append(cls.clean(it))
        return out


print(Parser.parse_all(["  A ", "B  ", " c"]))  # expect: ['a', 'b', 'c']
