# Changing a dict's size while iterating over it is an error.
d = {"a": 1, "b": 2}
try:
    for k in d:
        d[k + "!"] = 0
except RuntimeError as e:
    print(e)  # expect: dictionary changed size during iteration
for k in list(d):
    if k.endswith("!"):
        del d[k]
print(d)  # expect: {'a': 1, 'b': 2}
for k in d:
    d[k] = d[k] * 10
print(d)  # expect: {'a': 10, 'b': 20}
