# Set comprehensions build sets in CPython's table order; comprehensions
# over a display of constants iterate it as CPython's constant frozenset.
print({x % 5 for x in range(20)})  # expect: {0, 1, 2, 3, 4}
print({c.lower() for c in "HeLLo"} == {"h", "e", "l", "o"})  # expect: True
print(sorted({len(w) for w in "a bb ccc dd e".split()}))  # expect: [1, 2, 3]
print({(a, b) for a in range(3) for b in range(3) if a < b})  # expect: {(0, 1), (0, 2), (1, 2)}
print([x for x in {10, 3, 7, 100, 5, 42, 8}])  # expect: [3, 100, 5, 7, 8, 10, 42]
print({k: k * k for k in {9, 1, 33, 4, 17}})  # expect: {1: 1, 33: 1089, 4: 16, 9: 81, 17: 289}
print(sum(x for x in {1, 2, 3, 2, 1}))  # expect: 6
s = {n * 7 % 11 for n in range(30)}
print(s, len(s), 3 in s)  # expect: {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10} 11 True
print({x for x in []}, type({x for x in "a"}).__name__)  # expect: set() set
try:
    {[x] for x in range(2)}
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
