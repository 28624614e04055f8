# Case conversions (title case is not upper case), casefold, expandtabs,
# padding with a fill character, zfill.
print("hello wORLD".title(), "they're bill's friends".title(), "ǆemal".title())  # expect: Hello World They'Re Bill'S Friends ǅemal
print("hELLO wORLD".capitalize(), "ǆemal".capitalize(), "ßa".capitalize(), repr("".capitalize()))  # expect: Hello world ǅemal Ssa ''
print("ß".upper(), "ß".title(), "ﬁx".title(), "ﬁx".upper(), "İ".lower() == "i\u0307")  # expect: SS Ss Fix FIX True
print("ΟΔΟΣ".lower(), "ΟΔΟΣ ΟΔΟΣ".lower(), "ΑΣ".capitalize())  # expect: οδος οδος οδος Ας
print("Straße".casefold(), "ΣΑΣ".casefold(), "ﬁ".casefold(), "MiXeD".casefold())  # expect: strasse σασ fi mixed
print("Straße".casefold() == "STRASSE".casefold(), "Straße".lower() == "strasse")  # expect: True False
print("Hello World".swapcase(), "ß".swapcase(), "ǅ".swapcase())  # expect: hELLO wORLD SS ǅ
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\td\n\te".expandtabs(4)))  # expect: 'a       b       c' 'a   bc  d\n    e'
print(repr("ab\tc".expandtabs(tabsize=2)), repr("ab\tc".expandtabs(0)), repr("ab\tc".expandtabs(-3)))  # expect: 'ab  c' 'abc' 'abc'
print(repr("12345\t|\r\t|".expandtabs(3)), repr("é\t|".expandtabs(4)))  # expect: '12345 |\r   |' 'é   |'
print("[" + "ab".center(7, "*") + "]", "[" + "ab".center(6, "*") + "]", "[" + "abc".center(6) + "]")  # expect: [***ab**] [**ab**] [ abc  ]
print("[" + "ab".ljust(5, "-") + "]", "[" + "ab".rjust(5, "é") + "]", "[" + "long".ljust(2, "x") + "]")  # expect: [ab---] [éééab] [long]
print("-42".zfill(6), "+4".zfill(4), "abc".zfill(5), "12".zfill(-1), "".zfill(3))  # expect: -00042 +004 00abc 12 000
for bad in [lambda: "ab".center(5, "--"), lambda: "ab".ljust(5, 1),
            lambda: "ab".rjust(5, ""), lambda: "ab".center(),
            lambda: "a".expandtabs("x"), lambda: "a".expandtabs(1, 2),
            lambda: "a".expandtabs(size=1), lambda: "ab".casefold(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
# expect: The fill character must be exactly one character long
# expect: The fill character must be a unicode character, not int
# expect: The fill character must be exactly one character long
# expect: center expected at least 1 argument, got 0
# expect: 'str' object cannot be interpreted as an integer
# expect: expandtabs() takes at most 1 argument (2 given)
# expect: 'size' is an invalid keyword argument for expandtabs()
# expect: str.casefold() takes no arguments (1 given)
