# Unbounded recursion raises RecursionError, which can be caught; afterwards
# the interpreter works normally.
def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("caught RecursionError")  # expect: caught RecursionError
    print("maximum recursion depth exceeded" in str(e))  # expect: True


def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)


print(count(100))  # expect: 100
try:
    forever(0)
except RuntimeError:
    print("caught again as RuntimeError")  # expect: caught again as RuntimeError
