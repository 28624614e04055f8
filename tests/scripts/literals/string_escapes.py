# String literals in both quote kinds, with the usual escapes.
print('single')  # expect: single
print("double")  # expect: double
print('it\'s')  # expect: it's
print("say \"hi\"")  # expect: say "hi"
print("it's")  # expect: it's
print('say "hi"')  # expect: say "hi"
print("tab\there")  # expect: tab	here
print("back\\slash")  # expect: back\slash
print("line1\nline2")
# expect: line1
# expect: line2
print("\x41\x42")  # expect: AB
print("caf\u00e9")  # expect: café
print("\101")  # expect: A
print(len("\n"), len("\\n"), len("\x41"), len("\u00e9"))  # expect: 1 2 1 1
print(repr("\a\b\f\v\0"))  # expect: '\x07\x08\x0c\x0b\x00'
print(repr("\r"))  # expect: '\r'
print("")  # expect:
print(len(""))  # expect: 0
