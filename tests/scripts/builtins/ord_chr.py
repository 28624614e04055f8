# ord and chr are inverses over code points.
print(ord("a"), ord("A"), ord("0"), ord(" "), ord("\n"))  # expect: 97 65 48 32 10
print(chr(97), chr(65), chr(48))  # expect: a A 0
print(ord("é"), chr(233), ord("€"), chr(8364))  # expect: 233 é 8364 €
print(repr(chr(10)), repr(chr(0)))  # expect: '\n' '\x00'
s = ""
for c in "HAL":
    s += chr(ord(c) + 1)
print(s)  # expect: IBM
print(chr(ord("a") + 25))  # expect: z
try:
    ord("ab")
except TypeError as e:
    print(e)  # expect: ord() expected a character, but string of length 2 found
