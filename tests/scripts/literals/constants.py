# True, False and None.
print(True, False, None)  # expect: True False None
print(type(True), type(None))  # expect: <class 'bool'> <class 'NoneType'>
print(True == 1, False == 0)  # expect: True True
print(True + 1)  # expect: 2
print(None == False)  # expect: False
print(not None)  # expect: True
print(str(True) + "!")  # expect: True!
print([True, False, None])  # expect: [True, False, None]
x = None
print(x is None)  # expect: True
