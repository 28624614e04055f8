# abc: ABC and abstractmethod; abstract classes cannot be instantiated until everything is overridden.
from abc import ABC, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return round(3.14159 * self.r * self.r, 2)

try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Can't instantiate abstract class Shape with abstract method area

shapes = [Square(3), Circle(1)]
for s in shapes:
    print(s.describe())  # expect: Square with area 9
    # expect: Circle with area 3.14
print(isinstance(shapes[0], Shape), issubclass(Circle, Shape), issubclass(Shape, ABC))  # expect: True True True

class Animal(ABC):
    @abstractmethod
    def speak(self):
        pass

    @abstractmethod
    def move(self):
        pass

class Fish(Animal):
    def move(self):
        return "swims"

try:
    Animal()
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Can't instantiate abstract class Animal with abstract methods move, speak
try:
    Fish()
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Can't instantiate abstract class Fish with abstract method speak

class Talker(Fish):
    def speak(self):
        return "blub"

t = Talker()
print(t.speak(), t.move())  # expect: blub swims

class Base(ABC):
    @abstractmethod
    def run(self):
        return "base run"

class Child(Base):
    def run(self):
        return "child then " + super().run()

print(Child().run())  # expect: child then base run

class NoAbstract(ABC):
    def hello(self):
        return "hi"

print(NoAbstract().hello())  # expect: hi
print(sorted(Animal.__abstractmethods__), sorted(Talker.__abstractmethods__))  # expect: ['move', 'speak'] []
