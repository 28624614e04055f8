# Strings of up to 7 ASCII bytes are stored inline, longer or non-ASCII
# ones on the heap. Nothing a script can do may tell the two apart, least
# of all where a string crosses from one to the other.
short = "abcdefg"
long = short + "h"
print(len(short), len(long), long[:7] == short, long[:-1] == short)  # expect: 7 8 True True
print(short + "h" == "abcdefgh", "abc" + "defg" == short)  # expect: True True
print(short < long, long > short, "abd" > long, sorted([long, "b", short, "a"]))  # expect: True True True ['a', 'abcdefg', 'abcdefgh', 'b']

# Digits: str(i) is inline up to seven characters, on the heap past them.
for n in [0, -1, 9999999, 10000000, -999999, -1000000]:
    s = str(n)
    print(repr(s), len(s), int(s) == n, s == f"{n}")
# expect: '0' 1 True True
# expect: '-1' 2 True True
# expect: '9999999' 7 True True
# expect: '10000000' 8 True True
# expect: '-999999' 7 True True
# expect: '-1000000' 8 True True

# As dict keys, however each was made.
d = {}
for i in range(3):
    d["k" + str(i)] = i
    d["key-long-" + str(i)] = -i
print(d["k1"], d[f"k{2}"], d["key-long-1"], "k0" in d, "k3" in d)  # expect: 1 2 -1 True False
print(hash("k1") == hash("k" + "1"), hash(long) == hash(short + "h"))  # expect: True True
print(len({"ab": 1, "a" + "b": 2, "".join(["a", "b"]): 3, "abc"[0:2]: 4}))  # expect: 1

# Text with NUL bytes and empty text.
nul = "a\0\0"
print(len(nul), nul == "a", nul[:1] == "a", repr(nul))  # expect: 3 False True 'a\x00\x00'
empty = "x"[1:]
print(repr(empty), bool(empty), bool("0"), len(empty), empty == "")  # expect: '' False True 0 True

# Non-ASCII short text lives on the heap but behaves the same.
e = "é"
print(len(e), e == "é", e + "t" == "ét", ord(e[0]), "ét"[1])  # expect: 1 True True 233 t
print({e: 1}["é"], "é" in "café", "café"[3] == e)  # expect: 1 True True

# Indexing, iterating, methods and formatting of short strings.
w = "Hello"
print(w[0], w[-1], w[1:4], list(w), w.upper(), w.lower(), w * 2)  # expect: H o ell ['H', 'e', 'l', 'l', 'o'] HELLO hello HelloHello
print(w.find("l"), w.count("l"), w.startswith(("x", "He")), w.replace("l", "L"))  # expect: 2 2 True HeLLo
print("a,b,c".split(","), "-".join(["x", "y"]), w.center(9, "*"), f"[{w:>7}]")  # expect: ['a', 'b', 'c'] x-y **Hello** [  Hello]
print("ell" in w, "eL" in w, w is w, type(w).__name__, isinstance(w, str))  # expect: True False True str True
print(str(w) == w, min(["b", "abcdefghij", "a"]), max("b", "ab"))  # expect: True a b
