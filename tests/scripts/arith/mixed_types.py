# int op float gives a float; bool acts as the int 0 or 1.
print(1 + 2.0)  # expect: 3.0
print(2 * 3.0)  # expect: 6.0
print(5 - 0.5)  # expect: 4.5
print(0.1 + 0.2)  # expect: 0.30000000000000004
print(1.5 * 2)  # expect: 3.0
print(True + True)  # expect: 2
print(True * 3.5)  # expect: 3.5
print(10 * False)  # expect: 0
print(True / 2)  # expect: 0.5
print(3 + 4 * 2.5 - 1)  # expect: 12.0
print(type(1 + 1.0), type(True + 1))  # expect: <class 'float'> <class 'int'>
print(0.5 + 0.5 == 1)  # expect: True
print(100 * 1.1)  # expect: 110.00000000000001
