# The exact hash values CPython gives for ints beyond 2**61 and for tuples
# (tuple hashing uses CPython's xxHash-based algorithm; int hashing is modulo
# 2**61 - 1). Strings are not shown: their hashes are randomized per run.
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 62))  # expect: 0 1 2
print(hash(-(2 ** 61)))  # expect: -2
print(hash(()))  # expect: 5740354900026072187
print(hash((1,)))  # expect: -6644214454873602895
print(hash((1, 2)))  # expect: -3550055125485641917
print(hash((0.5, None, True)) == hash((0.5, None, True)))  # expect: True
print(hash(1.5))  # expect: 1152921504606846977
