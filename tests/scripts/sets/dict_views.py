# Keys and items views are set-like (values views are not): the set
# operators take them on either side and make sets; they compare with sets
# by their elements.
d = {1: 10, 2: 20, 3: 30, 40: 400}
e = {3: 30, 40: -1, 5: 50}
k = d.keys()
print(k & {1, 3, 9}, k | {7}, k - {1}, k ^ {1, 99})
# expect: {1, 3} {1, 2, 3, 7, 40} {40, 2, 3} {40, 99, 2, 3}
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys())
# expect: {40, 3} {1, 2, 3, 5, 40} {1, 2} {1, 2, 5}
print({1, 3, 9} & k, [7, 8] | k, (1, 2) - k, range(5) ^ k)
# expect: {1, 3} {1, 2, 3, 7, 8, 40} set() {0, 4, 40}
print(k & [3, 3, 40], k | range(3), k - "ab", k ^ (1, 2))
# expect: {40, 3} {0, 1, 2, 3, 40} {40, 1, 2, 3} {40, 3}
print(d.items() & e.items(), d.items() - e.items(), d.items() ^ e.items())
# expect: {(3, 30)} {(2, 20), (40, 400), (1, 10)} {(40, -1), (5, 50), (2, 20), (1, 10), (40, 400)}
print(d.items() | {(9, 90)}, d.items() & [(1, 10), (2, -1)])
# expect: {(3, 30), (9, 90), (1, 10), (2, 20), (40, 400)} {(1, 10)}
print(type(k & {1}).__name__, type(k | k).__name__)  # expect: set set
print(k == {1, 2, 3, 40}, {1, 2, 3, 40} == k, k != {1}, k == [1, 2, 3, 40])  # expect: True True True False
print(k < {1, 2, 3, 40, 5}, k <= {1, 2, 3, 40}, {1} < k, {1, 2, 3, 40, 50} > k, k >= {2})
# expect: True True True True True
print(d.items() == {(1, 10), (2, 20), (3, 30), (40, 400)}, d.items() >= {(1, 10)})  # expect: True True
print(k == d.keys(), k < e.keys(), {3: 0, 40: 0}.keys() < k)  # expect: True False True
print({(1, 2): 0}.keys() == {1: 2}.items(), d.items() == e.items())  # expect: True False
print(k.isdisjoint({7, 8}), k.isdisjoint([1]), d.items().isdisjoint([(1, 10)]))  # expect: True False False
print(k.isdisjoint(e.keys()), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()))  # expect: False False True
print(1 in k, (1, 10) in d.items(), (1, 20) in d.items(), 5 in k, [1] in d.items())
# expect: True True False False False
def attempt(f):
    try:
        print("ok", f())
    except TypeError as err:
        print("TypeError:", err)


attempt(lambda: d.values() | {1})
# expect: TypeError: unsupported operand type(s) for |: 'dict_values' and 'set'
attempt(lambda: k | 1)  # expect: TypeError: 'int' object is not iterable
attempt(lambda: 1 | k)  # expect: TypeError: 'int' object is not iterable
attempt(lambda: k < [1])  # expect: TypeError: '<' not supported between instances of 'dict_keys' and 'list'
attempt(lambda: hash(k))  # expect: TypeError: unhashable type: 'dict_keys'
attempt(lambda: {k})  # expect: TypeError: unhashable type: 'dict_keys'
attempt(lambda: [1] in k)  # expect: TypeError: unhashable type: 'list'
attempt(lambda: k.isdisjoint())
# expect: TypeError: dict_keys.isdisjoint() takes exactly one argument (0 given)
attempt(lambda: k.isdisjoint(1))  # expect: TypeError: 'int' object is not iterable
attempt(lambda: {1: [2]}.items() == {(1, 2)})  # expect: TypeError: unhashable type: 'list'
# A set can be updated with a view, and `|=` a view makes a new set.
s = {0}
s.update(k)
same = s
s |= e.keys()
print(s is same)  # expect: False
print(s, s.issuperset(k), s.issubset(k), s.intersection(d.items()))
# expect: {0, 1, 2, 3, 5, 40} True False set()
