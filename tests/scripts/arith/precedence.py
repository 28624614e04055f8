# Operator precedence, lowest to highest: conditional expression, or, and,
# not, comparisons, + -, * / // %, unary -, **.
print(1 + 2 * 3)  # expect: 7
print(10 - 4 - 3)  # expect: 3
print(100 / 10 / 5)  # expect: 2.0
print(2 * 3 % 4)  # expect: 2
print(-3 ** 2)  # expect: -9
print(not 1 + 1 == 3)  # expect: True
print(True or False and False)  # expect: True
print((True or False) and False)  # expect: False
print(not True and False)  # expect: False
print(1 < 2 == 2)  # expect: True
print(1 + 2 if False else 3 * 4)  # expect: 12
print(3 - -3)  # expect: 6
print(2 * -1 ** 2)  # expect: -2
print(17 % 5 * 2)  # expect: 4
