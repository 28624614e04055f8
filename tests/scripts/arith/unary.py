# Unary minus, plus and `not`.
x = 5
print(-x, +x, - -x, -(-x))  # expect: -5 5 5 5
print(-3.5, +3.5, -(-3.5))  # expect: -3.5 3.5 3.5
print(-True, +True, -False)  # expect: -1 1 0
print(not True, not False)  # expect: False True
print(not 0, not 1, not "", not "a")  # expect: True False True False
print(not [], not [0], not None)  # expect: True False True
print(not not 5)  # expect: True
print(-0)  # expect: 0
print(-0.0)  # expect: -0.0
print(not 1 == 2)  # expect: True
print(-2 * -3)  # expect: 6
y = -x
print(y)  # expect: -5
