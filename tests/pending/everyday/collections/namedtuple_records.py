# namedtuple: fields from a string or a list, repr, indexing, unpacking and helper methods.
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p)  # expect: Point(x=1, y=2)
print(p.x, p.y, p[0], p[-1])  # expect: 1 2 1 2
x, y = p
print(x + y)  # expect: 3
print(p == (1, 2), p == Point(1, 2), p != Point(2, 1))  # expect: True True True
print(len(p), list(p), tuple(p))  # expect: 2 [1, 2] (1, 2)
print(Point._fields)  # expect: ('x', 'y')
q = p._replace(y=10)
print(q, p)  # expect: Point(x=1, y=10) Point(x=1, y=2)
print(q._asdict())  # expect: {'x': 1, 'y': 10}
print(Point(y=5, x=4))  # expect: Point(x=4, y=5)
print(Point._make([7, 8]))  # expect: Point(x=7, y=8)
print(isinstance(p, tuple), type(p).__name__)  # expect: True Point

Person = namedtuple("Person", ["name", "age", "city"], defaults=["nowhere"])
ann = Person("Ann", 31)
print(ann)  # expect: Person(name='Ann', age=31, city='nowhere')
print(Person("Bob", 40, "Rome"))  # expect: Person(name='Bob', age=40, city='Rome')
print(Person._field_defaults)  # expect: {'city': 'nowhere'}
people = [Person("Cid", 25, "Oslo"), ann, Person("Dee", 19)]
for person in sorted(people, key=lambda r: r.age):
    print(person.name, person.age, person.city)  # expect: Dee 19 nowhere
    # expect: Cid 25 Oslo
    # expect: Ann 31 nowhere
print(max(people, key=lambda r: r.age).name)  # expect: Ann

Color = namedtuple("Color", "red, green, blue")
print(Color(255, 0, 0))  # expect: Color(red=255, green=0, blue=0)
print(hash(Point(1, 2)) == hash((1, 2)))  # expect: True
d = {Point(0, 0): "origin"}
print(d[(0, 0)])  # expect: origin

try:
    p.x = 5
except AttributeError as e:
    print(type(e).__name__, e)  # expect: AttributeError can't set attribute
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Point.__new__() missing 1 required positional argument: 'y'
try:
    Point(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError Point.__new__() takes 3 positional arguments but 4 were given
try:
    p._replace(z=3)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError Got unexpected field names: ['z']

class Vec(namedtuple("Vec", "x y")):
    def length2(self):
        return self.x * self.x + self.y * self.y

v = Vec(3, 4)
print(v, v.length2())  # expect: Vec(x=3, y=4) 25
