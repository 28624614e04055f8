# Unbounded recursion that nobody catches.
# expect-exit: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
def down(n):
    return down(n + 1)


print("recursing")  # expect: recursing
down(0)
