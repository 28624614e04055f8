# for a, b in enumerate(...) / d.items(): the pair goes straight to the loop's
# targets; errors, exhaustion and tuple unpacking still as CPython.
d = {"a": 1, "b": 2}
for k, v in d.items():
    print(k, v)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
try:
    for k, v in d.items():
        d["c"] = 3
except RuntimeError as e:
    print(e)
it = enumerate("xy")
for i, c in it:
    print(i, c)
print(list(it))
for a, b in zip([1, 2], [3, 4]):
    print(a, b)
t = (1, 2)
x, y = t
print(x, y, t)
try:
    for a, b in enumerate([1]):
        pass
    for a, b, c in enumerate([1]):
        pass
except ValueError as e:
    print(e)
try:
    for a, b in ["abc"]:
        pass
except ValueError as e:
    print(e)
# expect: a 1
# expect: b 2
# expect: 0 1 2
# expect: 1 3 4
# expect: dictionary changed size during iteration
# expect: 0 x
# expect: 1 y
# expect: []
# expect: 1 3
# expect: 2 4
# expect: 1 2 (1, 2)
# expect: not enough values to unpack (expected 3, got 2)
# expect: too many values to unpack (expected 2)
