# dict(): empty, from keywords, from pairs, from another dict.
print(dict())  # expect: {}
print(dict(a=1, b=2))  # expect: {'a': 1, 'b': 2}
print(dict([("x", 1), ("y", 2)]))  # expect: {'x': 1, 'y': 2}
print(dict([["k", "v"], (1, 2)]))  # expect: {'k': 'v', 1: 2}
print(dict([("a", 1)], b=2))  # expect: {'a': 1, 'b': 2}
src = {"p": 1}
cp = dict(src)
cp["q"] = 2
print(src, cp)  # expect: {'p': 1} {'p': 1, 'q': 2}
print(dict(zip(["a", "b"], [1, 2])))  # expect: {'a': 1, 'b': 2}
print(dict(enumerate("xy")))  # expect: {0: 'x', 1: 'y'}
print(dict([("a", 1), ("a", 2)]))  # expect: {'a': 2}
