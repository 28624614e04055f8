# Lists are mutable and shared by reference; copies are shallow.
a = [1, 2, 3]
b = a
b.append(4)
print(a)  # expect: [1, 2, 3, 4]
c = a[:]
c.append(5)
print(a, c)  # expect: [1, 2, 3, 4] [1, 2, 3, 4, 5]
d = a.copy()
d[0] = 100
print(a[0], d[0])  # expect: 1 100
grid = [[0, 0], [0, 0]]
row = grid[0]
row[1] = 7
print(grid)  # expect: [[0, 7], [0, 0]]
shallow = grid.copy()
shallow[1][0] = 9
print(grid)  # expect: [[0, 7], [9, 0]]
rep = [[0]] * 3
rep[0].append(1)
print(rep)  # expect: [[0, 1], [0, 1], [0, 1]]


def add_item(lst, item):
    lst.append(item)


add_item(a, "x")
print(a)  # expect: [1, 2, 3, 4, 'x']


def rebind(lst):
    lst = [0]
    return lst


print(rebind(a), a)  # expect: [0] [1, 2, 3, 4, 'x']
