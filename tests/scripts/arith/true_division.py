# `/` always gives a float, even for ints that divide evenly.
print(7 / 2)  # expect: 3.5
print(6 / 2)  # expect: 3.0
print(-6 / 2)  # expect: -3.0
print(1 / 3)  # expect: 0.3333333333333333
print(2 / 3)  # expect: 0.6666666666666666
print(10 / 4.0)  # expect: 2.5
print(0 / 5)  # expect: 0.0
print(-1 / 4)  # expect: -0.25
print(type(4 / 2))  # expect: <class 'float'>
print(1 / 8 + 1 / 8)  # expect: 0.25
