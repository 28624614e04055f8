# hash of ints, floats and tuples, and id used only for identity comparisons.
print(hash(1), hash(0), hash(-1), hash(-2))  # expect: 1 0 -2 -2
print(hash(True), hash(False))  # expect: 1 0
print(hash(1.0) == hash(1), hash(2.0), hash(-3.0))  # expect: True 2 -3
print(hash(12345) == 12345)  # expect: True
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))  # expect: True False
print(hash((1, (2, "x"))) == hash((1, (2, "x"))))  # expect: True
print(hash("abc") == hash("ab" + "c"))  # expect: True
print(hash((1, 2)) == hash((1.0, 2)))  # expect: True
try:
    hash([1])
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
try:
    hash((1, [2]))
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
a = []
b = a
print(id(a) == id(b), id(a) == id([]))  # expect: True False
print(type(id(a)), type(hash(1)))  # expect: <class 'int'> <class 'int'>
