# str.partition, str.rpartition and str.swapcase.
print("a,b,c".partition(","), "a,b,c".rpartition(","))  # expect: ('a', ',', 'b,c') ('a,b', ',', 'c')
print("abc".partition("x"), "abc".rpartition("x"))  # expect: ('abc', '', '') ('', '', 'abc')
print("key = value = more".partition(" = "))  # expect: ('key', ' = ', 'value = more')
print("".partition("x"), "xx".partition("x"))  # expect: ('', '', '') ('', 'x', 'x')
print("Héllo Wörld 42".swapcase(), "ß".swapcase())  # expect: hÉLLO wÖRLD 42 SS
try:
    "abc".partition("")
except ValueError as e:
    print(e)  # expect: empty separator
try:
    "abc".rpartition(1)
except TypeError as e:
    print(e)  # expect: must be str, not int
