# find/count/startswith with start past the end: only `end` is clamped.
s = "hello"
print(s.find("", 5), s.find("", 6), s.find("", 100))  # expect: 5 -1 -1
print(s.rfind("", 5), s.rfind("", 6))  # expect: 5 -1
print(s.count("", 5), s.count("", 6), s.count("", 2))  # expect: 1 0 4
print(s.startswith("", 5), s.startswith("", 6))  # expect: True False
print(s.endswith("", 5), s.endswith("", 6))  # expect: True False
print(s.find("", 3, 2), s.count("", 3, 2), s.startswith("", 3, 2))  # expect: -1 0 False
print(s.find("l", -100), s.find("o", -1), s.find("h", -1))  # expect: 2 4 -1
print("héllo".find("", 6), "héllo".find("l", 3))  # expect: -1 3
try:
    s.find("l", "x")
except TypeError as e:
    print(e)  # expect: slice indices must be integers or None or have an __index__ method
print(s.find("l", None, None), s.find("l", True))  # expect: 2 2
