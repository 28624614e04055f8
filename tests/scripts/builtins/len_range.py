# len() and range() with one, two and three arguments.
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len(range(10)))  # expect: 3 2 1 1 10
print(range(5))  # expect: range(0, 5)
print(range(2, 8))  # expect: range(2, 8)
print(range(1, 10, 2))  # expect: range(1, 10, 2)
print(list(range(5)))  # expect: [0, 1, 2, 3, 4]
print(list(range(2, 8)))  # expect: [2, 3, 4, 5, 6, 7]
print(list(range(1, 10, 3)))  # expect: [1, 4, 7]
print(list(range(10, 0, -3)))  # expect: [10, 7, 4, 1]
print(list(range(5, 5)), list(range(5, 0)))  # expect: [] []
print(list(range(-3, 3)))  # expect: [-3, -2, -1, 0, 1, 2]
print(len(range(0, 10, 3)), len(range(10, 0, -1)), len(range(0)))  # expect: 4 10 0
r = range(0, 20, 5)
print(r[0], r[-1], r[2])  # expect: 0 15 10
print(type(r))  # expect: <class 'range'>
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)  # expect: range() arg 3 must not be zero
