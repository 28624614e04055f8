# Equal numbers are the same key: 1, 1.0 and True all hash and compare equal.
# The first key inserted is kept; the value is overwritten.
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)  # expect: {1: 'bool'}
print(d[1.0], len(d))  # expect: bool 1
e = {True: "x", 1: "y"}
print(e)  # expect: {True: 'y'}
f = {0: "zero", -0.0: "neg"}
print(f)  # expect: {0: 'neg'}
g = {"1": "str", 1: "int"}
print(g)  # expect: {'1': 'str', 1: 'int'}
h = {None: 0, (): 1, "": 2}
print(h)  # expect: {None: 0, (): 1, '': 2}
try:
    h[[1, 2]] = 3
except TypeError as e2:
    print(e2)  # expect: unhashable type: 'list'
try:
    h[{}] = 3
except TypeError as e3:
    print(e3)  # expect: unhashable type: 'dict'
