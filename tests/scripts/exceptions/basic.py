# try/except catches an exception; execution continues after the statement.
try:
    print("before")  # expect: before
    x = 1 / 0
    print("not reached")
except ZeroDivisionError:
    print("caught division")  # expect: caught division
print("after")  # expect: after
try:
    [1, 2][5]
except IndexError:
    print("caught index")  # expect: caught index
try:
    {"a": 1}["b"]
except KeyError:
    print("caught key")  # expect: caught key
try:
    undefined_name
except NameError:
    print("caught name")  # expect: caught name
try:
    int("abc")
except ValueError:
    print("caught value")  # expect: caught value
try:
    "a" + 1
except TypeError:
    print("caught type")  # expect: caught type
try:
    [].nope
except AttributeError:
    print("caught attribute")  # expect: caught attribute
try:
    raise RuntimeError("boom")
except RuntimeError:
    print("caught runtime")  # expect: caught runtime
try:
    int(float("inf"))
except OverflowError:
    print("caught overflow")  # expect: caught overflow
try:
    print("no error")  # expect: no error
except Exception:
    print("never")
