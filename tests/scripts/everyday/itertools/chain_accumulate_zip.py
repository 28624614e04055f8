# chain, accumulate, starmap, zip_longest, pairwise, compress and filterfalse.
from itertools import chain, accumulate, starmap, zip_longest, pairwise, compress, filterfalse
import operator

print(list(chain([1, 2], (3,), "ab")))  # expect: [1, 2, 3, 'a', 'b']
print(list(chain()))  # expect: []
print(list(chain.from_iterable([[1, 2], [], [3, 4]])))  # expect: [1, 2, 3, 4]
print(list(chain.from_iterable(["ab", "cd"])))  # expect: ['a', 'b', 'c', 'd']
print(list(chain.from_iterable(range(i) for i in range(4))))  # expect: [0, 0, 1, 0, 1, 2]

print(list(accumulate([1, 2, 3, 4, 5])))  # expect: [1, 3, 6, 10, 15]
print(list(accumulate([3, 1, 4, 1, 5], max)))  # expect: [3, 3, 4, 4, 5]
print(list(accumulate([1, 2, 3, 4], operator.mul)))  # expect: [1, 2, 6, 24]
print(list(accumulate([1, 2, 3], initial=100)))  # expect: [100, 101, 103, 106]
print(list(accumulate([], initial=7)))  # expect: [7]
print(list(accumulate(["a", "b", "c"])))  # expect: ['a', 'ab', 'abc']
print(list(accumulate([5, 3, 8], lambda acc, x: acc - x, initial=20)))  # expect: [20, 15, 12, 4]
balances = list(accumulate([100, -20, -50, 30], initial=0))
print(balances, min(balances))  # expect: [0, 100, 80, 30, 60] 0

print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))  # expect: [32, 9, 1000]
print(list(starmap(lambda a, b: a + b, zip([1, 2], [10, 20]))))  # expect: [11, 22]

print(list(zip_longest("abc", [1, 2])))  # expect: [('a', 1), ('b', 2), ('c', None)]
print(list(zip_longest("ab", [1, 2, 3, 4], fillvalue="-")))  # expect: [('a', 1), ('b', 2), ('-', 3), ('-', 4)]
print(list(zip_longest()))  # expect: []
print(list(zip_longest([1], [2], [3, 4], fillvalue=0)))  # expect: [(1, 2, 3), (0, 0, 4)]

print(list(pairwise([1, 4, 9, 16])))  # expect: [(1, 4), (4, 9), (9, 16)]
print(list(pairwise("a")))  # expect: []
print([b - a for a, b in pairwise([3, 7, 8, 15])])  # expect: [4, 1, 7]
print(["".join(p) for p in pairwise("hello")])  # expect: ['he', 'el', 'll', 'lo']

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))  # expect: ['A', 'C', 'E', 'F']
print(list(compress(range(10), [True, False, True])))  # expect: [0, 2]

print(list(filterfalse(lambda x: x % 2, range(10))))  # expect: [0, 2, 4, 6, 8]
print(list(filterfalse(None, [0, 1, "", "x", None, [], [0]])))  # expect: [0, '', None, []]
print(list(filter(None, [0, 1, "", "x", None, [], [0]])))  # expect: [1, 'x', [0]]

# the same result built two ways
words = ["to", "be", "or", "not"]
print(list(chain.from_iterable(words)) == [ch for w in words for ch in w])  # expect: True
