# groupby (with and without key, and its one-pass groups), takewhile, dropwhile and tee.
from itertools import groupby, takewhile, dropwhile, tee

print([(k, list(g)) for k, g in groupby("aaabbcaa")])  # expect: [('a', ['a', 'a', 'a']), ('b', ['b', 'b']), ('c', ['c']), ('a', ['a', 'a'])]
print([k for k, g in groupby([1, 1, 2, 2, 2, 1])])  # expect: [1, 2, 1]
print([(k, len(list(g))) for k, g in groupby("mississippi")])  # expect: [('m', 1), ('i', 1), ('s', 2), ('i', 1), ('s', 2), ('i', 1), ('p', 2), ('i', 1)]

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, group in groupby(words, key=lambda w: w[0]):
    print(letter, list(group))  # expect: a ['apple', 'avocado']
    # expect: b ['banana', 'blueberry']
    # expect: c ['cherry']
    # expect: a ['apricot']
for letter, group in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, len(list(group)))  # expect: a 3
    # expect: b 2
    # expect: c 1

records = [("math", 90), ("math", 70), ("art", 85), ("art", 60), ("art", 95)]
for subject, rows in groupby(records, key=lambda r: r[0]):
    scores = [score for _, score in rows]
    print(subject, scores, max(scores))  # expect: math [90, 70] 90
    # expect: art [85, 60, 95] 95

# groups share the underlying iterator: once the outer loop moves on, an old group is empty
saved = []
for key, group in groupby("xxyyz"):
    saved.append((key, group))
print([(k, list(g)) for k, g in saved])  # expect: [('x', []), ('y', []), ('z', [])]
pairs = list(groupby([1, 1, 2]))
print([(k, list(g)) for k, g in pairs])  # expect: [(1, []), (2, [])]

def encode(s):
    return "".join(ch + str(len(list(g))) for ch, g in groupby(s))

print(encode("aaabccdddd"))  # expect: a3b1c2d4
print(list(groupby([])))  # expect: []

print(list(takewhile(lambda x: x < 5, [1, 4, 6, 2, 1])))  # expect: [1, 4]
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 2, 1])))  # expect: [6, 2, 1]
print(list(takewhile(lambda x: x > 0, [])))  # expect: []
print(list(dropwhile(lambda x: True, [1, 2])))  # expect: []
lines = ["# header", "# more", "data 1", "# not header", "data 2"]
print(list(dropwhile(lambda s: s.startswith("#"), lines)))  # expect: ['data 1', '# not header', 'data 2']

a, b = tee([1, 2, 3])
print(list(a), list(b))  # expect: [1, 2, 3] [1, 2, 3]
it = iter(range(5))
left, right = tee(it)
print(next(left), next(left), next(right))  # expect: 0 1 0
print(list(left), list(right))  # expect: [2, 3, 4] [1, 2, 3, 4]
x, y, z = tee("ab", 3)
print(list(x), list(y), list(z))  # expect: ['a', 'b'] ['a', 'b'] ['a', 'b']
print(len(tee([1], 4)))  # expect: 4
first, second = tee(range(1, 6))
next(second)
print([b2 - a2 for a2, b2 in zip(first, second)])  # expect: [1, 1, 1, 1]
try:
    tee([1], -1)
except ValueError as e:
    print(type(e).__name__, e)  # expect: ValueError n must be >= 0
