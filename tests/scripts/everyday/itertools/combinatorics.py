# product, permutations, combinations and combinations_with_replacement.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("ab", [1, 2])))  # expect: [('a', 1), ('a', 2), ('b', 1), ('b', 2)]
print(list(product([0, 1], repeat=2)))  # expect: [(0, 0), (0, 1), (1, 0), (1, 1)]
print(len(list(product(range(3), repeat=3))))  # expect: 27
print(list(product("ab", "xy", "z")))  # expect: [('a', 'x', 'z'), ('a', 'y', 'z'), ('b', 'x', 'z'), ('b', 'y', 'z')]
print(list(product()))  # expect: [()]
print(list(product([1, 2], [])))  # expect: []
print(["".join(t) for t in product("HT", repeat=3)])  # expect: ['HHH', 'HHT', 'HTH', 'HTT', 'THH', 'THT', 'TTH', 'TTT']

print(list(permutations([1, 2, 3])))  # expect: [(1, 2, 3), (1, 3, 2), (2, 1, 3), (2, 3, 1), (3, 1, 2), (3, 2, 1)]
print(list(permutations("abc", 2)))  # expect: [('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]
print(list(permutations(range(3), 0)))  # expect: [()]
print(list(permutations([1, 2], 3)))  # expect: []
print(len(list(permutations(range(5)))))  # expect: 120

print(list(combinations("abcd", 2)))  # expect: [('a', 'b'), ('a', 'c'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd')]
print(list(combinations(range(5), 3)))  # expect: [(0, 1, 2), (0, 1, 3), (0, 1, 4), (0, 2, 3), (0, 2, 4), (0, 3, 4), (1, 2, 3), (1, 2, 4), (1, 3, 4), (2, 3, 4)]
print(list(combinations([1, 2], 0)), list(combinations([1, 2], 5)))  # expect: [()] []
print(list(combinations([3, 1, 3], 2)))  # expect: [(3, 1), (3, 3), (1, 3)]

print(list(combinations_with_replacement("abc", 2)))  # expect: [('a', 'a'), ('a', 'b'), ('a', 'c'), ('b', 'b'), ('b', 'c'), ('c', 'c')]
print(len(list(combinations_with_replacement(range(4), 3))))  # expect: 20

# find pairs of coins that add up to a target
coins = [1, 2, 5, 10, 20]
print([pair for pair in combinations(coins, 2) if sum(pair) == 12])  # expect: [(2, 10)]
# all ways to pick scoops (order does not matter, repeats allowed)
for scoops in combinations_with_replacement(["vanilla", "mint"], 2):
    print(" + ".join(scoops))  # expect: vanilla + vanilla
    # expect: vanilla + mint
    # expect: mint + mint

# a grid of coordinates
grid = [(r, c) for r, c in product(range(2), range(3))]
print(grid)  # expect: [(0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (1, 2)]
try:
    list(permutations([1, 2], -1))
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError r must be non-negative
try:
    list(combinations([1, 2], -1))
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError r must be non-negative
try:
    list(product([1], repeat=-1))
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError repeat argument cannot be negative
