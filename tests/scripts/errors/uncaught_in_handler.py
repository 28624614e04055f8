# An exception raised while handling another one; the last one is reported.
# expect-exit: 1
# expect-stderr: ValueError: converted
d = {}
try:
    d["k"]
except KeyError:
    print("handling")  # expect: handling
    raise ValueError("converted")
