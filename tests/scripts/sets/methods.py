# Every method of set and frozenset, the multi-argument forms taking any
# iterables, and the order of what they return.
s = {5, 1, 9}
s.add(17)
s.add(1)
print(s)  # expect: {1, 5, 9, 17}
s.discard(9)
s.discard(100)
s.remove(5)
print(s)  # expect: {1, 17}
print(s.pop(), s.pop(), s)  # expect: 1 17 set()
s = set(range(20))
popped = []
while s:
    popped.append(s.pop())
print(popped)  # expect: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]
t = {3, 11, 19, 27}
t.discard(11)
t.add(35)
print(t.pop(), t)  # expect: 19 {3, 35, 27}
u = {1, 2, 3}
print(u.union([4, 5], (6,), range(9, 7, -1)), u.union(), u.union(u))
# expect: {1, 2, 3, 4, 5, 6, 8, 9} {1, 2, 3} {1, 2, 3}
print(u.intersection([3, 2, 2, 9]), u.intersection({2, 3}, range(3)), u.intersection())
# expect: {2, 3} {2} {1, 2, 3}
print(u.difference([1]), u.difference({1}, [2]), u.difference(), u.difference(u))
# expect: {2, 3} {3} {1, 2, 3} set()
print(u.symmetric_difference([3, 4, 4]), u.symmetric_difference(u))  # expect: {1, 2, 4} set()
print(u.issubset([1, 2, 3, 4]), u.issubset(range(3)), u.issuperset([1, 1]), u.issuperset((4,)))
# expect: True False True False
print(u.isdisjoint([4, 5]), u.isdisjoint(range(3)), u.isdisjoint(u), set().isdisjoint(set()))
# expect: True False False True
v = {1, 2, 3, 4, 5}
v.update([6], {7, 8}, range(9, 11))
print(v)  # expect: {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
v.intersection_update(range(0, 12, 2), [2, 4, 6, 8, 10, 99])
print(v)  # expect: {2, 4, 6, 8, 10}
v.difference_update([2], (4,))
print(v)  # expect: {6, 8, 10}
v.symmetric_difference_update([8, 12, 14])
print(v)  # expect: {6, 10, 12, 14}
w = v.copy()
w.add(0)
print(v, w, w == v, w is v)  # expect: {6, 10, 12, 14} {0, 6, 10, 12, 14} False False
w.clear()
print(w, len(w))  # expect: set() 0
w.update("abc")
print(len(w), sorted(w))  # expect: 3 ['a', 'b', 'c']
# From dicts: their keys, with one resize up front.
d = {}
for k in range(12):
    d[k * 9] = k
print(set(d), set(d.keys()), set(d.values()))
# expect: {0, 99, 36, 72, 9, 45, 81, 18, 54, 90, 27, 63} {0, 99, 36, 72, 9, 45, 81, 18, 54, 90, 27, 63} {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
print({0, 9}.union(d) == set(d), {1, 9}.difference(d), {1, 9}.symmetric_difference(d) == set(d) ^ {1, 9})
# expect: True {1} True
# A copy is laid out afresh, so it can print in another order.
grown = set()
for x in (10, 20, 30, 40, 50):
    grown.add(x)
print(grown, grown.copy(), set(grown), frozenset(grown))
# expect: {40, 10, 50, 20, 30} {50, 20, 40, 10, 30} {50, 20, 40, 10, 30} frozenset({50, 20, 40, 10, 30})
# frozenset: the methods that change nothing.
fs = frozenset([3, 1, 2])
print(fs.union({9}), fs.intersection([1, 7]), fs.difference([1]), fs.symmetric_difference([1, 4]))
# expect: frozenset({1, 2, 3, 9}) frozenset({1}) frozenset({2, 3}) frozenset({2, 3, 4})
print(fs.issubset(range(5)), fs.issuperset({1}), fs.isdisjoint([8]), fs.copy() is fs)
# expect: True True True True
print(frozenset(fs) is fs, set(fs) == fs, frozenset(set(fs)) == fs)  # expect: True True True
# Methods through the type.
print(set.union({1}, [2]), frozenset.union(fs, [4]))  # expect: {1, 2} frozenset({1, 2, 3, 4})
x = set()
set.add(x, 3)
print(x, set.__name__, frozenset.__name__)  # expect: {3} set frozenset
