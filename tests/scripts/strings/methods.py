# strip, replace, find, startswith, endswith, upper, lower.
print(repr("  hi there \n".strip()))  # expect: 'hi there'
print("xxhixx".strip("x"))  # expect: hi
print("abcba".strip("ab"))  # expect: c
print(repr("   ".strip()))  # expect: ''
print("hello world".replace("o", "0"))  # expect: hell0 w0rld
print("aaa".replace("a", "bb"))  # expect: bbbbbb
print("abc".replace("x", "y"))  # expect: abc
print("a-b-c".replace("-", ""))  # expect: abc
print("hello".find("l"), "hello".find("lo"), "hello".find("z"))  # expect: 2 3 -1
print("hello".find(""))  # expect: 0
print("hello".startswith("he"), "hello".startswith("lo"))  # expect: True False
print("hello".endswith("lo"), "hello".endswith(""))  # expect: True True
print("MiXeD 123".upper(), "MiXeD 123".lower())  # expect: MIXED 123 mixed 123
print("Straße".upper())  # expect: STRASSE
s = "keep"
s.upper()
print(s)  # expect: keep
