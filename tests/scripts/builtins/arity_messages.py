# Arity and keyword messages of the builtin functions.
try:
    isinstance(1)
except TypeError as e:
    print(e)  # expect: isinstance expected 2 arguments, got 1
try:
    sorted()
except TypeError as e:
    print(e)  # expect: sorted expected 1 argument, got 0
try:
    sorted([1], [2])
except TypeError as e:
    print(e)  # expect: sorted expected 1 argument, got 2
try:
    sorted([1], cmp=1)
except TypeError as e:
    print(e)  # expect: 'cmp' is an invalid keyword argument for sort()
try:
    sum()
except TypeError as e:
    print(e)  # expect: sum() takes at least 1 positional argument (0 given)
try:
    enumerate()
except TypeError as e:
    print(e)  # expect: enumerate() missing required argument 'iterable'
try:
    type(1, 2)
except TypeError as e:
    print(e)  # expect: type() takes 1 or 3 arguments
try:
    int(x=1)
except TypeError as e:
    print(e)  # expect: 'x' is an invalid keyword argument for int()
try:
    zip(1)
except TypeError as e:
    print(e)  # expect: 'int' object is not iterable
try:
    len()
except TypeError as e:
    print(e)  # expect: len() takes exactly one argument (0 given)
print(int("12", base=3), sum([1], start=2))  # expect: 5 3
