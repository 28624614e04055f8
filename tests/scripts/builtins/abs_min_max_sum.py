# abs, min, max (several args or one iterable), sum (with start).
print(abs(-3), abs(3), abs(-2.5), abs(0), abs(-0.0))  # expect: 3 3 2.5 0 0.0
print(abs(True), abs(-True))  # expect: 1 1
print(min(3, 1, 2), max(3, 1, 2))  # expect: 1 3
print(min([4, 2, 8]), max((4, 2, 8)))  # expect: 2 8
print(min("hello"), max("hello"))  # expect: e o
print(min(["pear", "apple", "fig"]), max(["pear", "apple", "fig"]))  # expect: apple pear
print(max(1, 2.5), min(1, 1.0), max(1.0, 1))  # expect: 2.5 1 1.0
print(max([(1, "b"), (1, "c"), (0, "z")]))  # expect: (1, 'c')
print(max(range(10)), min(range(3, 9)))  # expect: 9 3
print(max({"a": 5, "z": 1}))  # expect: z
print(max(-1, -5), min(-1, -5))  # expect: -1 -5
print(sum([1, 2, 3]), sum((1.5, 2.5)), sum([]))  # expect: 6 4.0 0
print(sum([1, 2], 10), sum(range(101)), sum([1, 2.5]))  # expect: 13 5050 3.5
print(sum([[1], [2]], []))  # expect: [1, 2]
print(sum([True, True, False]))  # expect: 2
try:
    max([])
except ValueError as e:
    print(e)  # expect: max() arg is an empty sequence
