# printf-style `%` with a tuple of values, a single non-tuple value, and tuples wrapped in a 1-tuple.
print("%s and %s" % ("spam", "eggs"))  # expect: spam and eggs
print("%d items" % 3)  # expect: 3 items
print("%s" % "plain")  # expect: plain
print("x=%s y=%s" % (1.5, -2))  # expect: x=1.5 y=-2
print("%s" % None)  # expect: None
print("%s %s" % (True, False))  # expect: True False
print("%s" % [1, 2, 3])  # expect: [1, 2, 3]
print("%s" % {"a": 1})  # expect: {'a': 1}
print("%r" % [1, "two"])  # expect: [1, 'two']
print("%s" % ((1, 2),))  # expect: (1, 2)
print("%r" % ((1, "a"),))  # expect: (1, 'a')
print("%s|%s" % ((), [()]))  # expect: ()|[()]
try:
    print("%s" % (1, 2))
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError not all arguments converted during string formatting
print("value: %s" % (42,))  # expect: value: 42
t = (7, 8)
print("pair=%s" % (t,))  # expect: pair=(7, 8)
print("%s-%s" % t)  # expect: 7-8
# A string with no conversions accepts () and mappings and lists silently.
print("no conversions" % ())  # expect: no conversions
print("no conversions" % {"k": 1})  # expect: no conversions
print("no conversions" % [1, 2])  # expect: no conversions
try:
    print("no conversions" % 5)
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError not all arguments converted during string formatting
try:
    print("no conversions" % "str")
except TypeError as e:
    print(type(e).__name__, e)  # expect: TypeError not all arguments converted during string formatting
# `%%` is a literal percent sign and consumes no argument.
print("100%%" % ())  # expect: 100%
print("%d%%" % 50)  # expect: 50%
print("%% %s %%" % "mid")  # expect: % mid %
print("%s" % "%d")  # expect: %d
s = "a %s c"
print(s % "b")  # expect: a b c
print(type("%d" % 1).__name__)  # expect: str
print(len("%5s" % "x"))  # expect: 5
# `%` binds like `*`, tighter than `+`.
print("%d" % 2 + "!")  # expect: 2!
print("%d" % (2 + 3))  # expect: 5
print("[%s]" % "x" * 2)  # expect: [x][x]
