# defaultdict with int, list, set and lambda factories, its repr and missing keys.
from collections import defaultdict

counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(counts)  # expect: defaultdict(<class 'int'>, {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1})
print(counts["the"], counts["dog"])  # expect: 3 0
print(counts)  # expect: defaultdict(<class 'int'>, {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1, 'dog': 0})
print("fish" in counts, counts.get("fish"), "fish" in counts)  # expect: False None False
print(dict(counts))  # expect: {'the': 3, 'cat': 1, 'and': 2, 'hat': 1, 'bat': 1, 'dog': 0}

groups = defaultdict(list)
for name in ["ann", "bob", "alice", "bill", "carl"]:
    groups[name[0]].append(name)
print(groups)  # expect: defaultdict(<class 'list'>, {'a': ['ann', 'alice'], 'b': ['bob', 'bill'], 'c': ['carl']})
print(sorted(groups.items()))  # expect: [('a', ['ann', 'alice']), ('b', ['bob', 'bill']), ('c', ['carl'])]
print(len(groups), groups.default_factory)  # expect: 3 <class 'list'>

tags = defaultdict(set)
tags["x"].add(1)
tags["x"].add(1)
tags["y"].add(2)
print(tags)  # expect: defaultdict(<class 'set'>, {'x': {1}, 'y': {2}})

colors = defaultdict(lambda: "unknown")
colors["sky"] = "blue"
print(colors["sky"], colors["grass"])  # expect: blue unknown
print(sorted(colors.items()))  # expect: [('grass', 'unknown'), ('sky', 'blue')]

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
for k, inner in nested.items():
    print(k, dict(inner))  # expect: a {'x': 1, 'y': 2}
    # expect: b {'x': 3}

plain = defaultdict()
print(plain, plain.default_factory)  # expect: defaultdict(None, {}) None
try:
    plain["missing"]
except KeyError as e:
    print(type(e).__name__, e)  # expect: KeyError 'missing'

d = defaultdict(list, {"a": [1]})
d["b"].append(2)
print(d)  # expect: defaultdict(<class 'list'>, {'a': [1], 'b': [2]})
print(isinstance(d, dict), d == {"a": [1], "b": [2]})  # expect: True True
c = d.copy()
c["c"].append(3)
print(type(c).__name__, sorted(c), sorted(d))  # expect: defaultdict ['a', 'b', 'c'] ['a', 'b']
try:
    defaultdict(5)
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError first argument must be callable or None
