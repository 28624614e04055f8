# Single inheritance: overriding, super().__init__, super().method(), three levels.
class Animal:
    kind = "animal"

    def __init__(self, name):
        self.name = name
        self.sounds = []

    def speak(self):
        return "..."

    def intro(self):
        return self.name + " the " + self.kind + " says " + self.speak()


class Dog(Animal):
    kind = "dog"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed

    def speak(self):
        return "woof"


class Puppy(Dog):
    kind = "puppy"

    def __init__(self, name):
        super().__init__(name, "unknown")
        self.age = 0

    def speak(self):
        return super().speak() + " (squeaky)"


a = Animal("generic")
d = Dog("rex", "lab")
p = Puppy("bit")
print(a.intro())  # expect: generic the animal says ...
print(d.intro())  # expect: rex the dog says woof
print(p.intro())  # expect: bit the puppy says woof (squeaky)
print(p.breed, p.age, p.name)  # expect: unknown 0 bit


# A subclass that does not override __init__ inherits it.
class Cat(Animal):
    def speak(self):
        return "meow"


c = Cat("tom")
print(c.intro())  # expect: tom the animal says meow
try:
    Cat()
except TypeError as e:
    print(e)  # expect: Animal.__init__() missing 1 required positional argument: 'name'


# Forgetting super().__init__ leaves the parent's attributes missing.
class Lazy(Animal):
    def __init__(self):
        self.lazy = True


try:
    Lazy().intro()
except AttributeError as e:
    print(e)  # expect: 'Lazy' object has no attribute 'name'


# super() with explicit arguments and calling a grandparent method by class.
class Base:
    def who(self):
        return "Base"


class Mid(Base):
    def who(self):
        return "Mid>" + super().who()


class Leaf(Mid):
    def who(self):
        return "Leaf>" + super().who()

    def skip(self):
        return super(Mid, self).who()

    def direct(self):
        return Base.who(self)


leaf = Leaf()
print(leaf.who())  # expect: Leaf>Mid>Base
print(leaf.skip())  # expect: Base
print(leaf.direct())  # expect: Base

# Method resolution order and __bases__.
print(Leaf.__mro__ == (Leaf, Mid, Base, object))  # expect: True
print(Leaf.__bases__ == (Mid,), Base.__bases__ == (object,))  # expect: True True
names = []
for k in Puppy.__mro__:
    names.append(k.__name__)
print(names)  # expect: ['Puppy', 'Dog', 'Animal', 'object']


# A base-class method calling an overridden method dispatches on the instance.
class Shape:
    def area(self):
        return 0

    def report(self):
        return type(self).__name__ + " area " + str(self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


print(Shape().report())  # expect: Shape area 0
print(Square(3).report())  # expect: Square area 9

# Class attributes are inherited and can be overridden.
print(Puppy.kind, Dog.kind, Cat.kind)  # expect: puppy dog animal
Animal.kind = "beast"
print(Cat("x").kind, Dog("y", "z").kind)  # expect: beast dog
