# round: banker's rounding (half to even); one argument gives an int.
print(round(2.5), round(3.5), round(0.5), round(1.5))  # expect: 2 4 0 2
print(round(-0.5), round(-1.5), round(-2.5))  # expect: 0 -2 -2
print(round(2.4), round(2.6), round(-2.6))  # expect: 2 3 -3
print(type(round(2.5)), type(round(2.5, 0)))  # expect: <class 'int'> <class 'float'>
print(round(2.5, 0), round(3.14159, 2), round(1.23456, 3))  # expect: 2.0 3.14 1.235
print(round(2.675, 2))  # expect: 2.67
print(round(0.125, 2), round(0.375, 2))  # expect: 0.12 0.38
print(round(-0.4), round(-0.4, 1))  # expect: 0 -0.4
print(round(7), round(-7), type(round(7)))  # expect: 7 -7 <class 'int'>
print(round(1234, -2), round(1250, -2), round(1350, -2))  # expect: 1200 1200 1400
print(round(15, -1), round(25, -1), round(-25, -1))  # expect: 20 20 -20
print(round(1e16 + 0.5))  # expect: 10000000000000000
