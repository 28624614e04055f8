# count, cycle and repeat (infinite iterators) tamed with zip and islice; islice errors.
from itertools import count, cycle, repeat, islice

print(list(islice(count(), 5)))  # expect: [0, 1, 2, 3, 4]
print(list(islice(count(10), 3)))  # expect: [10, 11, 12]
print(list(islice(count(1, 3), 4)))  # expect: [1, 4, 7, 10]
print(list(islice(count(5, -2), 4)))  # expect: [5, 3, 1, -1]
print(list(islice(count(0.5, 0.25), 3)))  # expect: [0.5, 0.75, 1.0]
for i, name in zip(count(1), ["ann", "bob", "cid"]):
    print(i, name)  # expect: 1 ann
    # expect: 2 bob
    # expect: 3 cid
c = count(7)
print(next(c), next(c), next(c))  # expect: 7 8 9
print(c)  # expect: count(10)

print(list(islice(cycle("ab"), 5)))  # expect: ['a', 'b', 'a', 'b', 'a']
print(list(islice(cycle([1, 2, 3]), 7)))  # expect: [1, 2, 3, 1, 2, 3, 1]
print(list(cycle([])))  # expect: []
players = cycle(["X", "O"])
print([next(players) for _ in range(4)])  # expect: ['X', 'O', 'X', 'O']

print(list(repeat("hi", 3)))  # expect: ['hi', 'hi', 'hi']
print(list(repeat(0, 0)))  # expect: []
print(list(repeat(None, -2)))  # expect: []
print(list(map(pow, range(5), repeat(2))))  # expect: [0, 1, 4, 9, 16]
print(list(zip("abc", repeat(1))))  # expect: [('a', 1), ('b', 1), ('c', 1)]
print(repeat(4, 2))  # expect: repeat(4, 2)

nums = range(10)
print(list(islice(nums, 3)))  # expect: [0, 1, 2]
print(list(islice(nums, 2, 5)))  # expect: [2, 3, 4]
print(list(islice(nums, 1, None, 3)))  # expect: [1, 4, 7]
print(list(islice(nums, 0, 9, 4)))  # expect: [0, 4, 8]
print(list(islice(nums, None)))  # expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(list(islice(nums, 20, 30)))  # expect: []
print(list(islice("abcdefg", 2, None)))  # expect: ['c', 'd', 'e', 'f', 'g']

it = iter(range(10))
print(list(islice(it, 3)), list(islice(it, 3)), next(it))  # expect: [0, 1, 2] [3, 4, 5] 6

try:
    islice(nums, -1)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
try:
    islice(nums, 1, 5, 0)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError Step for islice() must be a positive integer or None.
try:
    islice(nums, -2, 5)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.
try:
    islice(nums, "a")
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.
