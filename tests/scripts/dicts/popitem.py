# dict.popitem() removes and returns the last pair (LIFO), as CPython does;
# on an empty dict it raises KeyError.
d = {"a": 1, "b": 2, "c": 3}
print(d.popitem())  # expect: ('c', 3)
d["z"] = 26
print(d.popitem(), d)  # expect: ('z', 26) {'a': 1, 'b': 2}
del d["b"]
print(d.popitem(), d)  # expect: ('a', 1) {}
try:
    d.popitem()
except KeyError as e:
    print("KeyError:", e)  # expect: KeyError: 'popitem(): dictionary is empty'
try:
    d.popitem(1)
except TypeError as e:
    print(e)  # expect: dict.popitem() takes no arguments (1 given)

# Popping everything from a big dict, interleaved with inserts.
big = {i: i * i for i in range(30000)}
total = 0
while big:
    k, v = big.popitem()
    total += v
    if k % 1000 == 0 and k > 0:
        big[-k] = 0
print(total, len(big))  # expect: 8999550005000 0
e = {1: "x"}
for i in range(5000):
    e[i + 2] = i
    e.popitem()
print(e)  # expect: {1: 'x'}
