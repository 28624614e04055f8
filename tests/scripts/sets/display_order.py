# Sets print in the order of CPython's hash table slots: small ints sit at
# their own slot, larger ones wrap around the table, and the table grows
# (8, 32, 128... slots) as the set fills. Displays of constants are built
# the way CPython's compiler builds them.
print({10, 3, 5})  # expect: {10, 3, 5}
print({100, 1, 2})  # expect: {1, 2, 100}
print({7, 15, 23})  # expect: {23, 7, 15}
print({10, 20, 30, 40, 50})  # expect: {50, 20, 40, 10, 30}
print({9, 8, 7, 6, 5, 4, 3, 2, 1, 0})  # expect: {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
print({-1, -2, -3, 1000000, 2 ** 40})  # expect: {1000000, 1099511627776, -2, -3, -1}
print({1.5, 2, 0.25, -7.0})  # expect: {0.25, 1.5, 2, -7.0}
print({True, 1, 1.0}, {0, False}, {1.0, True})  # expect: {True} {0} {1.0}
print({(1, 2), (2, 1), (0, 0), (3,), ()})  # expect: {(1, 2), (2, 1), (0, 0), (), (3,)}
print({"a"} | {"a"})  # expect: {'a'}
a, b, c = 40, 8, 16
print({a, b, c}, {c, b, a})  # expect: {40, 8, 16} {16, 8, 40}
print({a, b, c, 56, 64, 72})  # expect: {64, 40, 8, 72, 16, 56}
nums = [33, 1, 65, 17, 9]
print({*nums}, {0, *nums, 97}, {*nums, *range(3)})
# expect: {65, 33, 1, 9, 17} {0, 33, 1, 65, 97, 9, 17} {0, 65, 33, 1, 2, 9, 17}
# A loop over a display of constants walks one constant frozenset.
order = []
for x in {32, 64, 96, 128, 1, 2}:
    order.append(x)
print(order)  # expect: [32, 1, 64, 96, 128, 2]
# Growing one element at a time, past each resize.
s = set()
for i in range(0, 120, 7):
    s.add(i * 13)
    if len(s) in (4, 5, 18, 19):
        print(len(s), s)
        # expect: 4 {0, 273, 91, 182}
        # expect: 5 {0, 364, 273, 182, 91}
        # expect: 18 {0, 546, 1092, 455, 1001, 1547, 364, 910, 1456, 273, 819, 1365, 182, 728, 1274, 91, 637, 1183}
print(len(s), s)
# expect: 18 {0, 546, 1092, 455, 1001, 1547, 364, 910, 1456, 273, 819, 1365, 182, 728, 1274, 91, 637, 1183}
# Colliding elements land in the order they were added.
print(set([8, 16, 24]), set([24, 16, 8]), set([8, 16, 24]) == set([24, 16, 8]))
# expect: {8, 16, 24} {24, 16, 8} True
# Deleting leaves dummies; a new element reuses the last one its probe met.
d = {1, 2, 3, 20, 21}
d.discard(1)
d.discard(3)
d.add(33)
print(d)  # expect: {2, 33, 20, 21}
big = set(range(100))
for i in range(0, 100, 3):
    big.remove(i)
for i in range(200, 260, 5):
    big.add(i)
print(big)
# expect: {1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20, 22, 23, 25, 26, 28, 29, 31, 32, 34, 35, 37, 38, 40, 41, 43, 44, 46, 47, 49, 50, 52, 53, 55, 56, 58, 59, 61, 62, 64, 65, 67, 68, 70, 71, 73, 74, 76, 77, 79, 80, 82, 83, 85, 86, 88, 89, 91, 92, 94, 95, 97, 98, 200, 205, 210, 215, 220, 225, 230, 235, 240, 245, 250, 255}
print(set(range(30, 0, -4)), frozenset(range(5)))
# expect: {2, 6, 10, 14, 18, 22, 26, 30} frozenset({0, 1, 2, 3, 4})
print(set([64, 32, 16, 8, 4, 2, 1]), set((5, 13, 21, 29)))  # expect: {64, 32, 2, 1, 4, 8, 16} {29, 13, 21, 5}
print(set("a"), set(), frozenset())  # expect: {'a'} set() frozenset()
