# float(), str() and bool() conversions.
print(float("1.5"), float("  -2.25 "), float("1e3"), float("5"))  # expect: 1.5 -2.25 1000.0 5.0
print(float(".5"), float("5."), float("1_0.5"))  # expect: 0.5 5.0 10.5
print(float("inf"), float("-inf"), float("nan"), float("INF"))  # expect: inf -inf nan inf
print(float(3), float(-0), float(True))  # expect: 3.0 0.0 1.0
print(float())  # expect: 0.0
try:
    float("abc")
except ValueError as e:
    print(e)  # expect: could not convert string to float: 'abc'
print(str(1), str(1.0), str(-0.0), str(None), str(True))  # expect: 1 1.0 -0.0 None True
print(str([1, "a"]), str((1,)), str({"k": "v"}))  # expect: [1, 'a'] (1,) {'k': 'v'}
print(repr(str()))  # expect: ''
print(str("s") == "s", str(1e16), str(1e-7))  # expect: True 1e+16 1e-07
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("False"))  # expect: False True True False False True
print(bool([]), bool([[]]), bool({}), bool(()), bool(None), bool())  # expect: False True False False False False
print(type(str(1)), type(float(1)), type(bool(1)))  # expect: <class 'str'> <class 'float'> <class 'bool'>
