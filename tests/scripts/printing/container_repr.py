# Containers print their elements with repr().
print(["a", "it's", 'say "x"'])  # expect: ['a', "it's", 'say "x"']
print(["both ' and \""])  # expect: ['both \' and "']
print(["\n", "\t", "\\"])  # expect: ['\n', '\t', '\\']
print([[], [[]], (), ((),), {}])  # expect: [[], [[]], (), ((),), {}]
print((1,), (1, 2), ("a",))  # expect: (1,) (1, 2) ('a',)
print({"k": [1, (2, "3")], 4: {"n": None}})  # expect: {'k': [1, (2, '3')], 4: {'n': None}}
print([True, False, None])  # expect: [True, False, None]
print([1.0, 2.5, 1e16, 1e-5, -0.0])  # expect: [1.0, 2.5, 1e+16, 1e-05, -0.0]
print((0.1 + 0.2,))  # expect: (0.30000000000000004,)
print({1.0: 2.0})  # expect: {1.0: 2.0}
print(["é", "日本"])  # expect: ['é', '日本']
print([range(3), range(1, 5, 2)])  # expect: [range(0, 3), range(1, 5, 2)]
print([print])  # expect: [<built-in function print>]
print([len, ValueError])  # expect: [<built-in function len>, <class 'ValueError'>]
print(str(["x"]) == repr(["x"]))  # expect: True
print([ValueError("m"), KeyError("k")])  # expect: [ValueError('m'), KeyError('k')]
