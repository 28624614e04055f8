# hash() of big ints is CPython's (modulo 2**61 - 1 with the sign), and
# equal ints and floats are one dict key.
print(hash(2 ** 61 - 2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 1))
# expect: 2305843009213693950 0 1 2
print(hash(-(2 ** 61 - 1)), hash(-(2 ** 61)), hash(-(2 ** 61) - 1))  # expect: 0 -2 -2
print(hash(2 ** 63), hash(-2 ** 63), hash(2 ** 63 - 1), hash(-2 ** 63 - 1))  # expect: 4 -4 3 -5
print(hash(2 ** 64), hash(2 ** 100), hash(-2 ** 100), hash(10 ** 30), hash(-10 ** 30))
# expect: 8 549755813888 -549755813888 465258685558744706 -465258685558744706
print(hash(2 ** 122 - 2 ** 61), hash(3 ** 200), hash(-(7 ** 99)))
# expect: 0 424410663027747676 -797355338241490394
print(hash(float(2 ** 100)) == hash(2 ** 100), hash(2.0 ** 64) == hash(2 ** 64))  # expect: True True
print(hash((2 ** 64, 1)) == hash((2.0 ** 64, 1)), hash(2 ** 61) == hash(1))  # expect: True True
d = {2 ** 100: "int"}
d[float(2 ** 100)] = "float"
print(d, len(d))  # expect: {1267650600228229401496703205376: 'float'} 1
d = {}
for k in [2 ** 64, 2.0 ** 64, 2 ** 64 + 1, 2 ** 61, 1, 1.0, True, -2 ** 64, (2 ** 64, 2)]:
    d[k] = d.get(k, 0) + 1
print(d)
# expect: {18446744073709551616: 2, 18446744073709551617: 1, 2305843009213693952: 1, 1: 3, -18446744073709551616: 1, (18446744073709551616, 2): 1}
print(2 ** 64 in d, 2 ** 64 + 1 in d, 2 ** 64 + 2 in d, (2.0 ** 64, 2) in d)  # expect: True True False True
print(d[2.0 ** 64], d[2 ** 61], d.get(2 ** 70, "missing"))  # expect: 2 1 missing
big = 10 ** 20
counts = {}
for i in range(5):
    counts[big + i % 2] = counts.get(big + i % 2, 0) + 1
print(counts)  # expect: {100000000000000000000: 3, 100000000000000000001: 2}
del counts[big]
print(counts, big + 1 in counts)  # expect: {100000000000000000001: 2} True
