# a = b = value assigns the same object to every target, left to right.
a = b = 0
print(a, b)  # expect: 0 0
x = y = []
x.append(1)
print(y)  # expect: [1]
i = 0
lst = [10, 20]
i = lst[i] = 1
print(i, lst)  # expect: 1 [10, 1]
