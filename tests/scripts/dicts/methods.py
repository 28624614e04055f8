# get, keys, values, items, pop, setdefault, update.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))  # expect: 1 None 0
print(list(d.keys()), list(d.values()))  # expect: ['a', 'b'] [1, 2]
print(list(d.items()))  # expect: [('a', 1), ('b', 2)]
for k, v in d.items():
    print(k, "->", v)
# expect: a -> 1
# expect: b -> 2
print(d.pop("a"), d)  # expect: 1 {'b': 2}
print(d.pop("zz", "dflt"))  # expect: dflt
print(d.pop("zz", None))  # expect: None
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)  # expect: KeyError 'zz'
print(d.setdefault("b", 100), d.setdefault("c", 3), d)  # expect: 2 3 {'b': 2, 'c': 3}
print(d.setdefault("n"), d)  # expect: None {'b': 2, 'c': 3, 'n': None}
d.update({"b": 20, "e": 5})
print(d)  # expect: {'b': 20, 'c': 3, 'n': None, 'e': 5}
print(d.update({}))  # expect: None
d.update(f=6)
print(d["f"])  # expect: 6
groups = {}
for w in ["apple", "avocado", "banana"]:
    groups.setdefault(w[0], []).append(w)
print(groups)  # expect: {'a': ['apple', 'avocado'], 'b': ['banana']}
print(len(d.keys()), len(d.values()), len(d.items()))  # expect: 5 5 5
