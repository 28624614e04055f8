# Arity and argument-type messages of the built-in methods.
try:
    [].append()
except TypeError as e:
    print(e)  # expect: list.append() takes exactly one argument (0 given)
try:
    [].insert(1)
except TypeError as e:
    print(e)  # expect: insert expected 2 arguments, got 1
try:
    [].pop(1, 2)
except TypeError as e:
    print(e)  # expect: pop expected at most 1 argument, got 2
try:
    [].copy(1)
except TypeError as e:
    print(e)  # expect: list.copy() takes no arguments (1 given)
try:
    [].index()
except TypeError as e:
    print(e)  # expect: index expected at least 1 argument, got 0
try:
    (1,).count()
except TypeError as e:
    print(e)  # expect: tuple.count() takes exactly one argument (0 given)
try:
    "a".upper(1)
except TypeError as e:
    print(e)  # expect: str.upper() takes no arguments (1 given)
try:
    "a".replace("a")
except TypeError as e:
    print(e)  # expect: replace expected at least 2 arguments, got 1
try:
    "a".find()
except TypeError as e:
    print(e)  # expect: find() takes at least 1 argument (0 given)
try:
    "a".startswith("a", 1, 2, 3)
except TypeError as e:
    print(e)  # expect: startswith() takes at most 3 arguments (4 given)
try:
    "a".join()
except TypeError as e:
    print(e)  # expect: str.join() takes exactly one argument (0 given)
try:
    {}.get()
except TypeError as e:
    print(e)  # expect: get expected at least 1 argument, got 0
try:
    {}.get(1, 2, 3)
except TypeError as e:
    print(e)  # expect: get expected at most 2 arguments, got 3
try:
    {}.keys(1)
except TypeError as e:
    print(e)  # expect: dict.keys() takes no arguments (1 given)
try:
    "a".strip(1)
except TypeError as e:
    print(e)  # expect: strip arg must be None or str
try:
    "a".find(1)
except TypeError as e:
    print(e)  # expect: must be str, not int
try:
    "a".split(1)
except TypeError as e:
    print(e)  # expect: must be str or None, not int
try:
    "a".replace(1, "b")
except TypeError as e:
    print(e)  # expect: replace() argument 1 must be str, not int
try:
    "a".replace("a", None)
except TypeError as e:
    print(e)  # expect: replace() argument 2 must be str, not None
try:
    {}.update([1])
except TypeError as e:
    print(e)  # expect: cannot convert dictionary update sequence element #0 to a sequence
try:
    {}.update([(1, 2), (1, 2, 3)])
except ValueError as e:
    print(e)  # expect: dictionary update sequence element #1 has length 3; 2 is required
try:
    "a" * "b"
except TypeError as e:
    print(e)  # expect: can't multiply sequence by non-int of type 'str'
try:
    [1] * (2,)
except TypeError as e:
    print(e)  # expect: can't multiply sequence by non-int of type 'tuple'
try:
    2.0 * "a"
except TypeError as e:
    print(e)  # expect: can't multiply sequence by non-int of type 'float'
