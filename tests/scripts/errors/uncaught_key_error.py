# An uncaught KeyError shows the key's repr.
# expect-exit: 1
# expect-stderr: Traceback (most recent call last):
# expect-stderr: , line 8, in <module>
# expect-stderr: KeyError: 'missing'
d = {"present": 1}
print(d["present"])  # expect: 1
d["missing"]
