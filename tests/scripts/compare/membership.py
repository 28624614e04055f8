# `in` and `not in` on lists, tuples, strings, dicts (keys) and ranges.
print(2 in [1, 2, 3], 5 in [1, 2, 3])  # expect: True False
print(5 not in [1, 2, 3])  # expect: True
print(1.0 in [1, 2], True in [1])  # expect: True True
print("b" in ("a", "b"), ("a", 1) in [("a", 1)])  # expect: True True
print([1] in [[1], [2]])  # expect: True
print("ell" in "hello", "xyz" in "hello")  # expect: True False
print("" in "hello", "" in "")  # expect: True True
print("H" in "hello")  # expect: False
d = {"k": 1, 2: "two"}
print("k" in d, 1 in d, 2 in d)  # expect: True False True
print("missing" not in d)  # expect: True
print(3 in range(5), 5 in range(5), -1 in range(5))  # expect: True False False
print(4 in range(0, 10, 2), 5 in range(0, 10, 2))  # expect: True False
print(3 in range(10, 0, -1))  # expect: True
print(None in [None], None in [0, False, ""])  # expect: True False
