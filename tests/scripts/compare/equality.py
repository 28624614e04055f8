# == and != across types and containers.
print(1 == 1.0, 0 == -0.0, True == 1.0)  # expect: True True True
print(1 == "1", "a" == "a", "a" != "b")  # expect: False True True
print(None == None, None == 0, None != False)  # expect: True False True
print([1, 2] == [1, 2], [1, 2] == [2, 1])  # expect: True False
print((1, 2) == (1, 2), (1, 2) == [1, 2])  # expect: True False
print([1, [2, 3]] == [1, [2, 3]])  # expect: True
print({"a": 1, "b": 2} == {"b": 2, "a": 1})  # expect: True
print({"a": 1} == {"a": 1.0}, {"a": 1} == {"a": 2})  # expect: True False
print([] == [], () == (), {} == {})  # expect: True True True
print([] == (), "" == [])  # expect: False False
print([1.0, True] == [1, 1])  # expect: True
print(range(3) == range(0, 3))  # expect: True
