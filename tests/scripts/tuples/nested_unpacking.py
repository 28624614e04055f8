# Nested targets in assignment and for loops.
(a, b), c = (1, 2), 3
print(a, b, c)  # expect: 1 2 3
for i, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(i, k, v)
# expect: 0 x 1
# expect: 1 y 2
for (x, y), z in [((1, 2), 3)]:
    print(x + y + z)  # expect: 6
