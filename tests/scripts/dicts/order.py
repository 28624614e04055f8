# Dicts keep insertion order; overwriting keeps the position, delete and
# re-insert moves a key to the end.
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d))  # expect: ['z', 'a', 'm']
d["z"] = 100
print(d)  # expect: {'z': 100, 'a': 2, 'm': 3}
del d["z"]
d["z"] = 1
print(d)  # expect: {'a': 2, 'm': 3, 'z': 1}
d.pop("a")
d["a"] = 0
print(list(d.keys()))  # expect: ['m', 'z', 'a']
e = {3: "c", 1: "a", 2: "b"}
print(e)  # expect: {3: 'c', 1: 'a', 2: 'b'}
print(sorted(e))  # expect: [1, 2, 3]
f = {"x": 1, "x": 2}
print(f)  # expect: {'x': 2}
d.update({"m": -1, "new": 9})
print(d)  # expect: {'m': -1, 'z': 1, 'a': 0, 'new': 9}
