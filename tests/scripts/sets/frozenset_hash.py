# frozensets hash as in CPython, whatever the order their elements were
# added in, so they work as dict keys and as elements of sets.
print(hash(frozenset()), hash(frozenset({1, 2})), hash(frozenset([2, 1])))
# expect: 133146708735736 -1826646154956904602 -1826646154956904602
print(hash(frozenset(range(100))), hash(frozenset([(1, 2), 3.5, -1, True])))
# expect: 4411996150312757951 77421304088076346
print(hash(frozenset([frozenset(), frozenset([0])])))  # expect: -1046602682514879798
grown = frozenset(range(50))
shrunk = set(range(200))
for i in range(50, 200):
    shrunk.discard(i)
print(hash(grown) == hash(frozenset(shrunk)), grown == shrunk)  # expect: True True
d = {frozenset({1, 2}): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({1, 2}) in d)  # expect: a empty True
d[frozenset({2, 1})] = "b"
print(len(d), d)  # expect: 2 {frozenset({1, 2}): 'b', frozenset(): 'empty'}
nested = {frozenset({1}), frozenset({1}), frozenset({2, 3}), frozenset()}
print(len(nested), nested)  # expect: 3 {frozenset(), frozenset({1}), frozenset({2, 3})}
print(frozenset({1}) in nested, {1} in nested, {2, 3} in nested, {4} in nested)  # expect: True True True False
nested.remove({2, 3})
nested.discard(set())
print(nested)  # expect: {frozenset({1})}
print({frozenset({1, 2}): 0} == {frozenset({2, 1}): 0}, frozenset({frozenset()}))
# expect: True frozenset({frozenset()})
print(hash(frozenset({1.0, 2})) == hash(frozenset({1, 2.0})), frozenset({1.0}) == {True})  # expect: True True
pairs = set()
for a in range(4):
    for b in range(a, 4):
        pairs.add(frozenset((a, b)))
print(len(pairs), frozenset((0, 3)) in pairs, frozenset((3, 0)) in pairs)  # expect: 10 True True
