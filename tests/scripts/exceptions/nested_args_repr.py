# Exceptions holding exceptions: str and repr nest like CPython's, and a
# runaway nesting raises RecursionError instead of crashing.
print(str(ValueError(ValueError("x"))), repr(ValueError(KeyError("q"))))  # expect: x ValueError(KeyError('q'))
print(str(KeyError(ValueError("z"))), str(Exception((1,))))  # expect: ValueError('z') (1,)
print(str(ValueError("a", 1)), [ValueError("in list")])  # expect: ('a', 1) [ValueError('in list')]
e = ValueError("a")
items = [e]
e2 = ValueError(items)
items.append(e2)
print(items, str(e2))  # expect: [ValueError('a'), ValueError([...])] [ValueError('a'), ValueError([...])]
deep = ValueError()
for i in range(100000):
    deep = ValueError(deep)
try:
    print(repr(deep))
except RecursionError:
    print("repr: RecursionError")  # expect: repr: RecursionError
try:
    print(str(deep))
except RecursionError:
    print("str: RecursionError")  # expect: str: RecursionError
