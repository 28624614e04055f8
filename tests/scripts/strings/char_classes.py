# The is...() methods, in CPython's Unicode terms (a fraction is numeric
# but not a digit, a superscript is a digit but not decimal, "\x1c" is
# space, title case letters are neither upper nor lower case).
samples = ["", "abc", "ABC", "Abc Def", "123", "½", "²", "١٢٣", "一二", " \t\n", "\x1c\x1f",
           "\u00a0", "\u2003", "a1", "_x1", "1x", "é", "a\n", "Hello World", "HeLLo",
           "ǅungla", "ǅ", "AB1", "a b", "ß", "ﬁ", "Σίσυφος", "\u0300", "x\u0300", "\x7f",
           "\u200b", "𝟘𝟙", "Ⅻ", "class", "naïve", "ℌ"]
methods = ["isdigit", "isalpha", "isalnum", "isspace", "isupper", "islower",
           "istitle", "isdecimal", "isnumeric", "isidentifier", "isprintable",
           "isascii"]
for m in methods:
    row = []
    for s in samples:
        row.append("T" if getattr(s, m)() else ".")
    print(m.ljust(12), "".join(row))
# expect: isdigit      ....T.TT.......................T....
# expect: isalpha      .TT.....T.......T..TTT..TTT......TTT
# expect: isalnum      .TT.TTTTT....T.TT..TTTT.TTT....TTTTT
# expect: isspace      .........TTTT.......................
# expect: isupper      ..T...................T.........T..T
# expect: islower      .T...........TTTTT.....TTT..T....TT.
# expect: istitle      ...T..............T.TT....T.....T..T
# expect: isdecimal    ....T..T.......................T....
# expect: isnumeric    ....TTTTT......................TT...
# expect: isidentifier .TT.....T....TT.T..TTTT.TTT.T...TTTT
# expect: isprintable  TTTTTTTTT....TTTT.TTTTTTTTTTT..TTTTT
# expect: isascii      TTTTT....TT..TTT.TTT..TT.....T...T..
print("x".isupper(), "X".isupper(), "1".isupper(), "X1".isupper(), "x1".islower())  # expect: False True False True True
print("Hello".istitle(), "Hello world".istitle(), "HELLO".istitle(), "1A".istitle(), "A1b".istitle())  # expect: True False False True False
print("_".isidentifier(), "a-b".isidentifier(), "éa".isidentifier(), "a b".isidentifier(), "9".isidentifier())  # expect: True False True False False
try:
    "a".isdigit(1)
except TypeError as e:
    print(e)
# expect: str.isdigit() takes no arguments (1 given)
