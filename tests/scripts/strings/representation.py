# Strings of every size and kind, built different ways, behave as one value:
# equal, same hash, same dict key (gilvm keeps short strings inline and
# caches each string's hash).
short = "k" + str(7)
joined = "".join(["k", "7"])
sliced = "xk7x"[1:3]
formatted = f"k{7}"
print(short == joined == sliced == formatted == "k7")  # expect: True
print(hash(short) == hash(joined) == hash(sliced) == hash(formatted) == hash("k7"))  # expect: True
d = {short: 1}
d[joined] += 1
d[sliced] += 1
d[formatted] += 1
print(d, d["k7"], "k7" in d, len(d))  # expect: {'k7': 4} 4 True 1

# Across the inline limit (24 bytes) and back.
for n in [0, 1, 23, 24, 25, 100]:
    a = "a" * n
    b = "".join(["a"] * n)
    c = "" + a
    print(n, len(a), a == b == c, hash(a) == hash(b) == hash(c), {a: n}[b])
# expect: 0 0 True True 0
# expect: 1 1 True True 1
# expect: 23 23 True True 23
# expect: 24 24 True True 24
# expect: 25 25 True True 25
# expect: 100 100 True True 100
print(hash("") == 0)  # expect: True

# Non-ASCII text: lengths count code points, whatever the byte size.
e = "é" * 12  # 24 bytes
g = "é" * 13  # 26 bytes
print(len(e), len(g), len(e + g), (e + g)[12], (e + g)[-1] == "é")  # expect: 12 13 25 é True
snow = "snow" + "☃" + str(-5)
print(snow, len(snow), snow[4], {snow: 1}.get("snow☃-5"))  # expect: snow☃-5 7 ☃ 1
emoji = "😀" * 7
print(len(emoji), emoji == "".join(["😀"] * 7), emoji[6] == "😀")  # expect: 7 True True
print("-".join(["é", "ab", "☃"]), len("-".join(["é", "ab", "☃"])))  # expect: é-ab-☃ 6

# Equality and inequality: same length different bytes, different lengths.
print("abc" == "abd", "abc" != "abd", "abc" == "abcd", "abc" != "ab")  # expect: False True False True
print("é" == "e", "é" != "e", "" == "", "" != "")  # expect: False True True False

# str(int) at the edges of 64-bit ints.
print(str(0), str(-1), str(9223372036854775807), str(-9223372036854775807 - 1))  # expect: 0 -1 9223372036854775807 -9223372036854775808
print(len(str(-9223372036854775807 - 1)), str(10**18) == "1" + "0" * 18)  # expect: 20 True
print(repr(str(42)), [str(-3)], {str(5): str(6)})  # expect: '42' ['-3'] {'5': '6'}

# Mixed keys: strings next to ints, tuples holding strings.
m = {1: "one", "1": "str-one", ("a", 1): "tuple"}
print(m[1], m[str(1)], m[("" + "a", 1)], len(m))  # expect: one str-one tuple 3
print(hash(("x", "y")) == hash(("".join(["x"]), "y")))  # expect: True

# join over a tuple, a list, and an iterator; errors name the bad item.
print(",".join(("a", "b")), ",".join(["c"]), ",".join(iter(["d", "e"])), repr(",".join([])))  # expect: a,b c d,e ''
try:
    ",".join(["a", 1])
except TypeError as err:
    print(err)  # expect: sequence item 1: expected str instance, int found
try:
    ",".join(("a", None))
except TypeError as err:
    print(err)  # expect: sequence item 1: expected str instance, NoneType found
