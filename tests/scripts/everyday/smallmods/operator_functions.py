# operator: functions for the operators, itemgetter, attrgetter and methodcaller.
import operator
from functools import reduce

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5))  # expect: 5 -1 20
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10))  # expect: 3.5 3 1 1024
print(operator.neg(5), operator.pos(-5), operator.abs(-3))  # expect: -5 -5 3
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth("x"))  # expect: True False False True
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2))  # expect: True True True True
print(operator.gt("b", "a"), operator.ge(1, 2))  # expect: True False
print(operator.add("ab", "cd"), operator.add([1], [2]))  # expect: abcd [1, 2]
print(operator.contains([1, 2], 2), operator.is_(None, None), operator.is_not(1, None))  # expect: True True True
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5))  # expect: 8 14 6 -6
print(operator.lshift(1, 4), operator.rshift(256, 3))  # expect: 16 32
print(operator.index(7), operator.concat("x", "y"), operator.getitem("hello", 1))  # expect: 7 xy e
print(reduce(operator.mul, range(1, 6)))  # expect: 120
print(list(map(operator.add, [1, 2, 3], [10, 20, 30])))  # expect: [11, 22, 33]

second = operator.itemgetter(1)
print(second([5, 6, 7]), second("xyz"))  # expect: 6 y
pick = operator.itemgetter(0, 2)
print(pick([5, 6, 7]), pick("xyz"))  # expect: (5, 7) ('x', 'z')
print(operator.itemgetter("name")({"name": "ann", "age": 3}))  # expect: ann
pairs = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(pairs, key=operator.itemgetter(1)))  # expect: [('c', 1), ('b', 2), ('a', 3)]
print(sorted(pairs, key=operator.itemgetter(0)))  # expect: [('a', 3), ('b', 2), ('c', 1)]
print(operator.itemgetter(slice(1, 3))([0, 1, 2, 3]))  # expect: [1, 2]

class Pet:
    def __init__(self, name, owner):
        self.name = name
        self.owner = owner

    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct

class Owner:
    def __init__(self, city):
        self.city = city

pets = [Pet("rex", Owner("Oslo")), Pet("ada", Owner("Bern"))]
print([operator.attrgetter("name")(p) for p in pets])  # expect: ['rex', 'ada']
print(operator.attrgetter("name", "owner.city")(pets[0]))  # expect: ('rex', 'Oslo')
print([p.name for p in sorted(pets, key=operator.attrgetter("owner.city"))])  # expect: ['ada', 'rex']
hello = operator.methodcaller("greet", "hello")
print(hello(pets[0]))  # expect: hello, rex!
print(operator.methodcaller("greet", "hi", punct="?")(pets[1]))  # expect: hi, ada?
print(list(map(operator.methodcaller("upper"), ["a", "b"])))  # expect: ['A', 'B']
print(operator.methodcaller("split", ",")("a,b,c"))  # expect: ['a', 'b', 'c']

try:
    operator.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)  # expect: IndexError list index out of range
try:
    operator.attrgetter("color")(pets[0])
except AttributeError as e:
    print(type(e).__name__, e)  # expect: AttributeError 'Pet' object has no attribute 'color'
try:
    operator.add(1, "a")
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError unsupported operand type(s) for +: 'int' and 'str'
