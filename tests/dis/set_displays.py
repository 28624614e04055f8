a, b = 1, 2
small = {a, b}
constants = {10, 20, 30, -1, (1, 2)}
pair = {1, 2}
xs = [3, 4]
mixed = {a, *xs, b}
for x in {5, 6, 7}:
    pass
