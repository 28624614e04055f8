# index, count, sort, reverse, copy.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a.index(1), a.index(9))  # expect: 1 5
print(a.count(1), a.count(7))  # expect: 2 0
b = a.copy()
b.sort()
print(b)  # expect: [1, 1, 2, 3, 4, 5, 6, 9]
print(a)  # expect: [3, 1, 4, 1, 5, 9, 2, 6]
b.sort(reverse=True)
print(b)  # expect: [9, 6, 5, 4, 3, 2, 1, 1]
print(b.sort())  # expect: None
b.reverse()
print(b)  # expect: [9, 6, 5, 4, 3, 2, 1, 1]
print(b.reverse(), b)  # expect: None [1, 1, 2, 3, 4, 5, 6, 9]
words = ["pear", "Apple", "fig", "apple"]
words.sort()
print(words)  # expect: ['Apple', 'apple', 'fig', 'pear']
mixed = [2.5, 1, True, -3.0]
mixed.sort()
print(mixed)  # expect: [-3.0, 1, True, 2.5]
pairs = [(2, "b"), (1, "z"), (2, "a")]
pairs.sort()
print(pairs)  # expect: [(1, 'z'), (2, 'a'), (2, 'b')]
nested = [[2, 1], [1, 5], [1]]
nested.sort()
print(nested)  # expect: [[1], [1, 5], [2, 1]]
print([1, 2, 3].count(2.0))  # expect: 1
