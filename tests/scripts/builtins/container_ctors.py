# list(), tuple() and dict() from other iterables.
print(list(), tuple(), dict())  # expect: [] () {}
print(list("abc"))  # expect: ['a', 'b', 'c']
print(list((1, 2)), list(range(3)), list({"x": 1}))  # expect: [1, 2] [0, 1, 2] ['x']
print(list({"x": 1}.items()))  # expect: [('x', 1)]
print(tuple([1, 2]), tuple("hi"), tuple(range(2)))  # expect: (1, 2) ('h', 'i') (0, 1)
print(tuple({"a": 1, "b": 2}.values()))  # expect: (1, 2)
print(dict(a=1), dict([("b", 2)]), dict({"c": 3}))  # expect: {'a': 1} {'b': 2} {'c': 3}
a = [1, 2]
b = list(a)
b.append(3)
print(a, b)  # expect: [1, 2] [1, 2, 3]
print(list(enumerate("ab")), list(zip("ab", [1, 2])))  # expect: [(0, 'a'), (1, 'b')] [('a', 1), ('b', 2)]
print(list(sorted("cab")))  # expect: ['a', 'b', 'c']
