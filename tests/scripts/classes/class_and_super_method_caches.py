# `Base.method(self, ...)` and `super().method(...)` are looked up once per
# call site and class; whatever changes a class must show at the next call.
class Base:
    def greet(self):
        return "base"

    def step(self, n):
        return n + 1


class Child(Base):
    def greet(self):
        return "child+" + super().greet()

    def step(self, n):
        return Base.step(self, n) * 10


def calls(obj):
    return obj.greet(), obj.step(1)


c = Child()
print(calls(c))  # expect: ('child+base', 20)
print(calls(c))  # expect: ('child+base', 20)


# A function replaced on the class, then one added between the two.
def greet2(self):
    return "base2"


def step2(self, n):
    return n + 2


Base.greet = greet2
Base.step = step2
print(calls(c))  # expect: ('child+base2', 30)


class Middle(Base):
    pass


class Leaf(Middle):
    def greet(self):
        return "leaf+" + super().greet()


leaf = Leaf()
print(leaf.greet())  # expect: leaf+base2
Middle.greet = lambda self: "middle"
print(leaf.greet())  # expect: leaf+middle
del Middle.greet
print(leaf.greet())  # expect: leaf+base2


# One call site, two classes in turn.
class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


def who(cls, obj):
    return cls.who(obj)


print([who(k, k()) for k in [A, B, A, B, A]])
# expect: ['A', 'B', 'A', 'B', 'A']


# A classmethod through the class is bound anew to the class each time,
# so each class in turn gets its own.
class Counted:
    @classmethod
    def name(cls):
        return cls.__name__


class SubCounted(Counted):
    pass


print([k.name() for k in [Counted, SubCounted, Counted]])
# expect: ['Counted', 'SubCounted', 'Counted']


# The same method code in two classes made by one function: each
# `super()` starts from its own class.
def make(base, tag):
    class Made(base):
        def greet(self):
            return tag + ">" + super().greet()

    return Made


class Other:
    def greet(self):
        return "other"


M1 = make(Base, "m1")
M2 = make(Other, "m2")
print([k().greet() for k in [M1, M2, M1, M2]])
# expect: ['m1>base2', 'm2>other', 'm1>base2', 'm2>other']


# A staticmethod reached through the class, then replaced.
class Tools:
    @staticmethod
    def double(x):
        return 2 * x


def use():
    return Tools.double(21)


print(use())  # expect: 42
Tools.double = staticmethod(lambda x: -x)
print(use())  # expect: -21
