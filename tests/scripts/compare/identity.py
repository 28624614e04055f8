# `is` / `is not`: identity, mostly used with None. Ids are compared, never printed.
x = None
print(x is None, x is not None)  # expect: True False
y = 0
print(y is None, y is not None)  # expect: False True
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c)  # expect: True False True
print(a is not c)  # expect: True
print(id(a) == id(b), id(a) == id(c))  # expect: True False
print(True is True, False is not True)  # expect: True True


def nothing():
    pass


print(nothing() is None)  # expect: True
d = {}
e = d
e["k"] = 1
print(d is e, d)  # expect: True {'k': 1}
