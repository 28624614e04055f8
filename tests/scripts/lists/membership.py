# `x in xs` scans numbers and strings in place, and falls back to a copy
# when an item holds other values (it may be the list itself).
xs = [1, 2.5, "k7", "a longer string", None, True]
print(1 in xs, 2.5 in xs, "k7" in xs, "a longer string" in xs, None in xs)  # expect: True True True True True
print(3 in xs, "k8" in xs, "a longer strin" in xs, 1.0 in xs, False in xs)  # expect: False False False True False
nan = float("nan")
print(nan in [nan], nan == nan)  # expect: True False

nested = [1, [2, 3], "x"]
print([2, 3] in nested, 2 in nested, "x" in nested, (2, 3) in nested)  # expect: True False True False
nested.append(nested)
print(nested in nested, [1] in nested, "x" in nested, 9 in nested)  # expect: True False True False

big = list(range(100000))
print(99999 in big, -1 in big, len(big))  # expect: True False 100000
