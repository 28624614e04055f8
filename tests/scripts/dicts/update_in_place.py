# Storing under a key that is already there replaces the value and keeps the
# key first stored (and its position), whatever form the new key takes.
d = {1: "int", "k1": "str", (1, "a"): "tuple"}
d[1.0] = "float"
d[True] = "bool"
d["k" + str(1)] = "built"
d[(1, "".join(["a"]))] = "built tuple"
print(d)  # expect: {1: 'bool', 'k1': 'built', (1, 'a'): 'built tuple'}
print(type(list(d)[0]))  # expect: <class 'int'>

# A counting loop: the pattern of the dicts benchmark.
keys = []
for i in range(5):
    keys.append("k" + str(i))
counts = {}
for i in range(23):
    k = keys[i % 5]
    if k in counts:
        counts[k] = counts[k] + 1
    else:
        counts[k] = 1
print(counts)  # expect: {'k0': 5, 'k1': 5, 'k2': 5, 'k3': 4, 'k4': 4}
print(counts["k" + "3"], "k5" in counts, len(counts))  # expect: 4 False 5

# Replacing a value that is itself a container frees the old one.
nested = {"a": [1, 2], "b": {"x": 1}}
nested["a"] = nested["b"]
nested["b"] = None
print(nested)  # expect: {'a': {'x': 1}, 'b': None}

# An unhashable key fails before anything is stored.
try:
    nested[[1]] = 2
except TypeError as e:
    print(e)  # expect: unhashable type: 'list'
print(len(nested))  # expect: 2
