# Tuple packing and unpacking, swaps, and unpacking in for loops.
a, b = 1, 2
print(a, b)  # expect: 1 2
a, b = b, a
print(a, b)  # expect: 2 1
x, y, z = [10, 20, 30]
print(x + y + z)  # expect: 60
p, q = "hi"
print(p, q)  # expect: h i
(m, n) = (5, 6)
[r, s] = (7, 8)
print(m, n, r, s)  # expect: 5 6 7 8
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)  # expect: 3 1 2


def pair():
    return "left", "right"


left, right = pair()
print(left, right)  # expect: left right
result = pair()
print(result)  # expect: ('left', 'right')
for k, v in [("a", 1), ("b", 2)]:
    print(k, v)
# expect: a 1
# expect: b 2
for i, ch in enumerate("xy"):
    print(i, ch)
# expect: 0 x
# expect: 1 y
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)  # expect: too many values to unpack (expected 2)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)  # expect: not enough values to unpack (expected 3, got 2)
try:
    a, b = 5
except TypeError as e:
    print(e)  # expect: cannot unpack non-iterable int object
