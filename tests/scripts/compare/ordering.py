# <, <=, >, >= on numbers, strings, lists and tuples (lexicographic).
print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4)  # expect: True True False True
print(1 < 1.5, 2.5 > 2)  # expect: True True
print(False < True)  # expect: True
print("apple" < "banana", "Zebra" < "apple")  # expect: True True
print("abc" < "abd", "ab" < "abc", "" < "a")  # expect: True True True
print("a" > "B", "10" < "9")  # expect: True True
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0])  # expect: True True
print([2] > [1, 9, 9], [] < [0])  # expect: True True
print((1, "b") < (1, "c"), (2,) > (1, 5))  # expect: True True
print((1, 2) <= (1, 2), (1, 2) >= (1, 3))  # expect: True False
