# print: several arguments, sep=, end=, no arguments.
print("a", "b", "c")  # expect: a b c
print("a", "b", sep="")  # expect: ab
print("a", "b", "c", sep=", ")  # expect: a, b, c
print(1, 2, sep="\n")
# expect: 1
# expect: 2
print()  # expect:
print("no newline", end="")
print(" then newline")  # expect: no newline then newline
print("x", end="!\n")  # expect: x!
print("a", "b", sep="-", end=".\n")  # expect: a-b.
print(sep="ignored")  # expect:
print("", "", end="|\n")  # expect:  |
print(1, "two", 3.0, None, True, [4], (5,), {"six": 6})  # expect: 1 two 3.0 None True [4] (5,) {'six': 6}
print("a", sep=None, end=None)  # expect: a
print("multi\nline")
# expect: multi
# expect: line
print(print("inner"))
# expect: inner
# expect: None
