# Float literals and how they print.
print(1.5)  # expect: 1.5
print(.5)  # expect: 0.5
print(5.)  # expect: 5.0
print(1e3)  # expect: 1000.0
print(1E3)  # expect: 1000.0
print(1e-3)  # expect: 0.001
print(2.5e2)  # expect: 250.0
print(1_000.5)  # expect: 1000.5
print(1e1_0)  # expect: 10000000000.0
print(0.0)  # expect: 0.0
print(00.5)  # expect: 0.5
print(3.14159)  # expect: 3.14159
print(type(1.0), type(1e3))  # expect: <class 'float'> <class 'float'>
print(1.0 == 1)  # expect: True
