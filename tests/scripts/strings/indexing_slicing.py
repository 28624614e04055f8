# Indexing and slicing strings, with negative indices and steps.
s = "abcdefg"
print(s[0], s[3], s[-1], s[-7])  # expect: a d g a
print(s[1:4])  # expect: bcd
print(s[:3], s[4:])  # expect: abc efg
print(s[-3:], s[:-3])  # expect: efg abcd
print(s[::2])  # expect: aceg
print(s[::-1])  # expect: gfedcba
print(s[5:1:-1])  # expect: fedc
print(s[-1:-4:-1])  # expect: gfe
print(s[1:100], repr(s[100:]))  # expect: bcdefg ''
print(repr(s[4:2]))  # expect: ''
print(s[:])  # expect: abcdefg
print(s[-100:2])  # expect: ab
print(s[::3])  # expect: adg
print(s[len(s) - 1])  # expect: g
