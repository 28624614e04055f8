# A container that reaches itself prints the inner occurrence as ..., for
# tuples and dict views as well as lists and dicts.
items = []
t = (items,)
items.append(t)
print(items, t)  # expect: [([...],)] ([(...)],)
d = {}
d[1] = d.values()
print(d)  # expect: {1: dict_values([...])}
print(d[1])  # expect: dict_values([...])
e = {}
e["k"] = e.items()
print(e)  # expect: {'k': dict_items([('k', ...)])}
f = {}
f["self"] = f
print(f.values(), f.keys())  # expect: dict_values([{'self': {...}}]) dict_keys(['self'])
print((), ((),), ([],))  # expect: () ((),) ([],)
# Deep nesting through views raises RecursionError instead of crashing.
deep = {}
for i in range(5000):
    deep = {"a": deep.values()}
try:
    print(deep)
except RecursionError as err:
    print("RecursionError")  # expect: RecursionError
# Comparing views that hold views counts depth too.
k1 = {}
k1[1] = k1.items()
k2 = {}
k2[1] = k2.items()
try:
    print(k1.items() == k2.items())
except RecursionError:
    print("RecursionError")  # expect: RecursionError
print(k1.items() == k1.items(), {1: 2}.items() == {1: 2}.items())  # expect: True True
print({1: 2}.items() == {1: 3}.items(), {1: 2}.keys() == {1: 3}.keys())  # expect: False True
print({1: 2}.values() == {1: 2}.values(), {"a": 1, "b": 2}.keys() == {"b": 0, "a": 0}.keys())  # expect: False True
