# isinstance (with one type or a tuple of types) and type().
print(isinstance(1, int), isinstance(1.0, int), isinstance("s", str))  # expect: True False True
print(isinstance(True, int), isinstance(True, bool), isinstance(1, bool))  # expect: True True False
print(isinstance(1, (str, int)), isinstance([], (dict, tuple)))  # expect: True False
print(isinstance([], list), isinstance((), tuple), isinstance({}, dict))  # expect: True True True
print(isinstance(1.5, float), isinstance(None, int))  # expect: True False
print(isinstance(ValueError("x"), Exception), isinstance(ValueError("x"), (KeyError, ValueError)))  # expect: True True
print(type(1))  # expect: <class 'int'>
print(type(1.0), type("s"), type(None))  # expect: <class 'float'> <class 'str'> <class 'NoneType'>
print(type([]), type(()), type({}), type(True))  # expect: <class 'list'> <class 'tuple'> <class 'dict'> <class 'bool'>
print(type(range(2)), type(len), type(ValueError()))  # expect: <class 'range'> <class 'builtin_function_or_method'> <class 'ValueError'>
print(type(1) == int, type(True) == int, type(1) is int)  # expect: True False True
print(int, str, float, bool, list, tuple, dict)  # expect: <class 'int'> <class 'str'> <class 'float'> <class 'bool'> <class 'list'> <class 'tuple'> <class 'dict'>
print(type(type(1)))  # expect: <class 'type'>
