# Dict displays, lookup, assignment, len, in, del, iteration.
d = {"a": 1, "b": 2}
print(d)  # expect: {'a': 1, 'b': 2}
print(d["a"], len(d))  # expect: 1 2
d["c"] = 3
d["a"] = 10
print(d)  # expect: {'a': 10, 'b': 2, 'c': 3}
print("b" in d, "z" in d, 2 in d)  # expect: True False False
del d["b"]
print(d)  # expect: {'a': 10, 'c': 3}
print({})  # expect: {}
print({1: "one", 2.5: [1], None: (1,), "s": {"nested": True}})  # expect: {1: 'one', 2.5: [1], None: (1,), 's': {'nested': True}}
for k in {"x": 1, "y": 2}:
    print(k)
# expect: x
# expect: y
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'missing'
counts = {}
for w in "a b a c b a".split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)  # expect: {'a': 3, 'b': 2, 'c': 1}
print(type(d))  # expect: <class 'dict'>
