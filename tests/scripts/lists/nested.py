# Lists of lists: building a grid and walking it.
grid = []
for r in range(3):
    row = []
    for c in range(4):
        row.append(r * 4 + c)
    grid.append(row)
print(grid)  # expect: [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]
print(grid[1][2], grid[-1][-1])  # expect: 6 11
grid[0][0] = "x"
print(grid[0])  # expect: ['x', 1, 2, 3]
total = 0
for row in grid[1:]:
    for v in row:
        total += v
print(total)  # expect: 60
col = []
for row in grid:
    col.append(row[1])
print(col)  # expect: [1, 5, 9]
print(len(grid), len(grid[0]))  # expect: 3 4
data = [1, [2, [3, [4, []]]]]
print(data[1][1][1])  # expect: [4, []]
