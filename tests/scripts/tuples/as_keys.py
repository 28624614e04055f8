# Tuples are hashable: usable as dict keys; equal tuples find the same entry.
grid = {}
grid[(0, 0)] = "origin"
grid[1, 2] = "point"
print(grid)  # expect: {(0, 0): 'origin', (1, 2): 'point'}
print(grid[(1, 2)], grid[1, 2])  # expect: point point
print((0, 0) in grid, (2, 1) in grid)  # expect: True False
key = (1, 2)
print(grid[key])  # expect: point
print(hash((1, 2)) == hash(key))  # expect: True
try:
    bad = {([1], 2): 0}
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
