# Lambdas as key functions for sorted, list.sort, min and max.
words = ["banana", "Apple", "cherry", "fig", "date"]
print(sorted(words))  # expect: ['Apple', 'banana', 'cherry', 'date', 'fig']
print(sorted(words, key=lambda w: w.lower()))  # expect: ['Apple', 'banana', 'cherry', 'date', 'fig']
print(sorted(words, key=lambda w: len(w)))  # expect: ['fig', 'date', 'Apple', 'banana', 'cherry']
print(sorted(words, key=lambda w: -len(w)))  # expect: ['banana', 'cherry', 'Apple', 'date', 'fig']
print(sorted(words, key=lambda w: len(w), reverse=True))  # expect: ['banana', 'cherry', 'Apple', 'date', 'fig']
print(sorted(words, key=lambda w: w[-1]))  # expect: ['banana', 'Apple', 'date', 'fig', 'cherry']

# Tuples as keys: sort by several fields; the sort is stable.
people = [("ann", 31), ("bob", 25), ("cat", 31), ("dan", 25), ("eve", 40)]
print(sorted(people, key=lambda p: p[1]))  # expect: [('bob', 25), ('dan', 25), ('ann', 31), ('cat', 31), ('eve', 40)]
print(sorted(people, key=lambda p: (-p[1], p[0])))  # expect: [('eve', 40), ('ann', 31), ('cat', 31), ('bob', 25), ('dan', 25)]

# list.sort with a key sorts in place and returns None.
nums = [5, -3, 2, -8, 1]
r = nums.sort(key=lambda n: abs(n))
print(r, nums)  # expect: None [1, 2, -3, 5, -8]
nums.sort(key=lambda n: n % 3)
print(nums)  # expect: [-3, 1, -8, 2, 5]

# min and max with key; ties return the first one found.
print(min(words, key=lambda w: len(w)))  # expect: fig
print(max(words, key=lambda w: len(w)))  # expect: banana
print(max(people, key=lambda p: p[1]))  # expect: ('eve', 40)
print(min(people, key=lambda p: p[1]))  # expect: ('bob', 25)
print(max(3, -7, 5, key=lambda n: n * n))  # expect: -7
print(min([], key=lambda n: n, default="empty"))  # expect: empty

# Dict items sorted by value.
scores = {"x": 3, "y": 1, "z": 2}
print(sorted(scores.items(), key=lambda kv: kv[1]))  # expect: [('y', 1), ('z', 2), ('x', 3)]
print(sorted(scores, key=lambda k: scores[k], reverse=True))  # expect: ['x', 'z', 'y']
print(max(scores, key=lambda k: scores[k]))  # expect: x

# Errors raised inside the key propagate out of sorted.
try:
    sorted([1, 2, 0], key=lambda n: 10 // n)
except ZeroDivisionError as e:
    print(type(e).__name__, e)  # expect: ZeroDivisionError integer division or modulo by zero

# A key returning incomparable values fails with the comparison's TypeError.
try:
    sorted([1, "a"], key=lambda v: v)
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'str' and 'int'

# key must be passed by keyword to sorted.
try:
    sorted([3, 1], lambda v: v)
except TypeError as e:
    print(e)  # expect: sorted expected 1 argument, got 2
