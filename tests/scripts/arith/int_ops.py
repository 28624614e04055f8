# Integer arithmetic.
print(7 + 3, 7 - 3, 7 * 3)  # expect: 10 4 21
print(7 // 3, 7 % 3)  # expect: 2 1
print(2 ** 10)  # expect: 1024
print(10 - 20)  # expect: -10
print(0 * -5)  # expect: 0
print(1 + 2 * 3 - 4)  # expect: 3
print((1 + 2) * (3 - 4))  # expect: -3
x = 17
print(x // 5 * 5 + x % 5 == x)  # expect: True
print(type(7 // 3), type(7 * 3))  # expect: <class 'int'> <class 'int'>
print(123456789 * 1000)  # expect: 123456789000
print(2 ** 62)  # expect: 4611686018427387904
