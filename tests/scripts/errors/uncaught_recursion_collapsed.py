# A traceback through deep recursion shows three identical entries, then
# a count of the rest, as CPython does.
# expect-exit: 1
# expect-stderr: line 8, in down
# expect-stderr:     return down(n + 1)
# expect-stderr:   [Previous line repeated 996 more times]
def down(n):
    return down(n + 1)


print("recursing")  # expect: recursing
down(0)
