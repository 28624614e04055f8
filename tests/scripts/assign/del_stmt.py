# del on list items and dict keys (and plain names).
a = [0, 1, 2, 3, 4]
del a[0]
print(a)  # expect: [1, 2, 3, 4]
del a[-1]
print(a)  # expect: [1, 2, 3]
del a[1]
print(a)  # expect: [1, 3]
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)  # expect: {'a': 1, 'c': 3}
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'zzz'
try:
    del a[10]
except IndexError as e:
    print(e)  # expect: list assignment index out of range
x = 5
del x
try:
    print(x)
except NameError as e:
    print(e)  # expect: name 'x' is not defined
nested = {"k": [1, 2, 3]}
del nested["k"][0]
print(nested)  # expect: {'k': [2, 3]}
