# Slices of lists are new lists.
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5])  # expect: [2, 3, 4]
print(a[:3], a[7:])  # expect: [0, 1, 2] [7, 8, 9]
print(a[-3:])  # expect: [7, 8, 9]
print(a[:-8])  # expect: [0, 1]
print(a[::3])  # expect: [0, 3, 6, 9]
print(a[::-1])  # expect: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
print(a[8:2:-2])  # expect: [8, 6, 4]
print(a[-2:-6:-1])  # expect: [8, 7, 6, 5]
print(a[5:2])  # expect: []
print(a[100:], a[-100:1])  # expect: [] [0]
print(a[1:9:-1])  # expect: []
i = 4
print(a[i - 1:i + 1])  # expect: [3, 4]
s = a[:]
print(s == a, s is a)  # expect: True False
print([1, 2, 3][-1:])  # expect: [3]
