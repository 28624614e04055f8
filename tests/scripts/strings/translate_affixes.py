# translate and str.maketrans, removeprefix/removesuffix, rindex, and the
# start/end windows of the search methods.
table = str.maketrans("abc", "xyz")
print(table, "aabbcc-abc".translate(table))  # expect: {97: 120, 98: 121, 99: 122} xxyyzz-xyz
print("hello world".translate(str.maketrans("lo", "01", " ")))  # expect: he001w1r0d
print("abc".translate({97: None, 98: "BB", 99: 100}), "abc".translate({}))  # expect: BBd abc
print(str.maketrans({"a": "1", 98: None, "c": 7}))  # expect: {97: '1', 98: None, 99: 7}
print("abc".translate(["x", None, "z"]), "".maketrans("ab", "cd"))  # expect: abc {97: 99, 98: 100}


class Shift:
    def __getitem__(self, code):
        if code == 122:
            raise LookupError(code)
        return code + 1


print("hal xyz".translate(Shift()))  # expect: ibm!yzz
for bad in [lambda: str.maketrans("ab", "x"), lambda: str.maketrans({"ab": 1}),
            lambda: str.maketrans(1), lambda: str.maketrans({1.5: 2}),
            lambda: str.maketrans("a", 2), lambda: str.maketrans(1, "a"),
            lambda: str.maketrans(), lambda: "a".translate({97: 1.5}),
            lambda: "a".translate({97: 0x110000}), lambda: "a".translate()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
# expect: ValueError: the first two maketrans arguments must have equal length
# expect: ValueError: string keys in translate table must be of length 1
# expect: TypeError: if you give only one argument to maketrans it must be a dict
# expect: TypeError: keys in translate table must be strings or integers
# expect: TypeError: maketrans() argument 2 must be str, not int
# expect: TypeError: first maketrans argument must be a string if there is a second argument
# expect: TypeError: maketrans expected at least 1 argument, got 0
# expect: TypeError: character mapping must return integer, None or str
# expect: ValueError: character mapping must be in range(0x110000)
# expect: TypeError: str.translate() takes exactly one argument (0 given)

print("prefix_name".removeprefix("prefix_"), "x.py".removesuffix(".py"), "x.py".removesuffix(""))  # expect: name x x.py
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"), "abc".removeprefix("abcd"))  # expect: aa a abc
try:
    "x".removeprefix(1)
except TypeError as e:
    print(e)
# expect: removeprefix() argument must be str, not int

s = "abcabcabc"
print(s.find("c", 3), s.find("c", 3, 5), s.rfind("a", 0, 6), s.rfind("a", -4), s.find("", 20))  # expect: 5 -1 3 6 -1
print(s.index("b", 2), s.rindex("b"), s.rindex("b", 0, 5), s.count("b", 2), s.count("bc", 2, -2))  # expect: 4 7 4 2 1
print(s.startswith("bc", 1), s.startswith(("x", "ca"), 2), s.endswith(("ab", "bc"), 0, 5), s.endswith("c", -1))  # expect: True True True True
print("héllo".find("l", 2), "héllo".rindex("l", 0, 4), "héllo".count("l", -3))  # expect: 2 3 2
for bad in [lambda: s.rindex("z"), lambda: s.rindex("a", 1, 3), lambda: s.index("c", 3, 4)]:
    try:
        bad()
    except ValueError as e:
        print(e)
# expect: substring not found
# expect: substring not found
# expect: substring not found
try:
    s.rindex()
except TypeError as e:
    print(e)
# expect: rindex() takes at least 1 argument (0 given)

print("  a b  ".split(), "a,b,,c".split(","), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))  # expect: ['a', 'b'] ['a', 'b', '', 'c'] ['a', 'b,c'] ['a,b', 'c']
print("a b  c d".split(None, 2), "a b  c d".rsplit(maxsplit=2), "a\x1cb\x1fc".split())  # expect: ['a', 'b', 'c d'] ['a b', 'c', 'd'] ['a', 'b', 'c']
print(repr("\x1c x \x1d".strip()), "xyaxy".strip("yx"), "xyaxy".lstrip("y"), "xyaxy".rstrip("xy"))  # expect: 'x' a xyaxy xya
print("a\nb\r\nc\x0bd".splitlines(), "a\nb\r\n".splitlines(True), "x\n".splitlines(keepends=True))  # expect: ['a', 'b', 'c', 'd'] ['a\n', 'b\r\n'] ['x\n']
print([1, 2, 3, 2, 1].index(2, 2), [1, 2, 3, 2].index(2, -1), (1, 2, 1).index(1, 1))  # expect: 3 3 2
try:
    [1, 2, 3].index(1, 1, 3)
except ValueError as e:
    print(e)
# expect: 1 is not in list
