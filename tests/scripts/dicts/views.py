# Printing the views returned by keys(), values() and items().
d = {"a": 1, "b": (2, 3)}
print(d.keys())  # expect: dict_keys(['a', 'b'])
print(d.values())  # expect: dict_values([1, (2, 3)])
print(d.items())  # expect: dict_items([('a', 1), ('b', (2, 3))])
print({}.keys())  # expect: dict_keys([])
ks = d.keys()
d["c"] = 3
print(ks, len(ks))  # expect: dict_keys(['a', 'b', 'c']) 3
print("c" in ks)  # expect: True
