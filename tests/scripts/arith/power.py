# Exponentiation: right-associative, binds tighter than unary minus on its
# left, and a negative int exponent gives a float.
print(2 ** 3)  # expect: 8
print(2 ** 3 ** 2)  # expect: 512
print((2 ** 3) ** 2)  # expect: 64
print(-2 ** 2)  # expect: -4
print((-2) ** 2, (-2) ** 3)  # expect: 4 -8
print(2 ** -1)  # expect: 0.5
print(10 ** -2)  # expect: 0.01
print((-8) ** -1)  # expect: -0.125
print(2 ** 0, 0 ** 0, 0.0 ** 0)  # expect: 1 1 1.0
print(2 ** 0.5)  # expect: 1.4142135623730951
print(4 ** 0.5)  # expect: 2.0
print(2.0 ** 3)  # expect: 8.0
print(2 ** -2 ** 2)  # expect: 0.0625
print(type(2 ** 2), type(2 ** -2))  # expect: <class 'int'> <class 'float'>
print(3 ** 39)  # expect: 4052555153018976267
