# Inserting, deleting and re-inserting many keys: lookups still find every
# key, order is insertion order with deleted keys gone, and keys whose
# hashes share their low bits (multiples of 2**20) do not get lost.
d = {}
for i in range(10000):
    d[i * 1048576] = i
for i in range(0, 10000, 2):
    del d[i * 1048576]
print(len(d))  # expect: 5000
print(all(d[i * 1048576] == i for i in range(1, 10000, 2)))  # expect: True
print(any(i * 1048576 in d for i in range(0, 10000, 2)))  # expect: False
print(list(d.values())[:5])  # expect: [1, 3, 5, 7, 9]

# Churn: one key in, one key out, many times over a few live keys.
e = {"a": 1, "b": 2, "c": 3}
for i in range(50000):
    e[i] = i
    del e[i]
print(e)  # expect: {'a': 1, 'b': 2, 'c': 3}
e["d"] = 4
del e["a"]
e["a"] = 5
print(e)  # expect: {'b': 2, 'c': 3, 'd': 4, 'a': 5}

# Deleting almost everything from a big dict keeps the rest in order.
f = {str(i): i for i in range(100000)}
for k in list(f):
    if f[k] % 25000:
        del f[k]
print(f)  # expect: {'0': 0, '25000': 25000, '50000': 50000, '75000': 75000}

# 1, 1.0 and True are one key; -1 and -2 hash alike but are two keys.
g = {}
g[1] = "int"
g[1.0] = "float"
g[True] = "bool"
g[-1] = "minus one"
g[-2] = "minus two"
print(g)  # expect: {1: 'bool', -1: 'minus one', -2: 'minus two'}
del g[-1]
print(-1 in g, -2 in g, g[-2])  # expect: False True minus two
g[(1, 2)] = "tuple"
g[None] = "none"
del g[1.0]
print(g)  # expect: {-2: 'minus two', (1, 2): 'tuple', None: 'none'}

# Copies, clear and setdefault on a dict with deleted entries.
h = {k: k * k for k in range(10)}
for k in range(0, 10, 3):
    del h[k]
c = h.copy()
print(c)  # expect: {1: 1, 2: 4, 4: 16, 5: 25, 7: 49, 8: 64}
print(c == h, c is h)  # expect: True False
print(h.setdefault(3, "new"), h.setdefault(4, "old"))  # expect: new 16
print(list(h))  # expect: [1, 2, 4, 5, 7, 8, 3]
h.clear()
print(h, len(h))  # expect: {} 0
h["again"] = 1
print(h)  # expect: {'again': 1}

# Changing values while iterating is allowed; the keys come in order.
v = {k: 0 for k in "abcdef"}
del v["c"]
for k in v:
    v[k] = k.upper()
print(v)  # expect: {'a': 'A', 'b': 'B', 'd': 'D', 'e': 'E', 'f': 'F'}
print(list(v.items())[1:3])  # expect: [('b', 'B'), ('d', 'D')]
