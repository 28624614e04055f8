# An uncaught exception prints a traceback (innermost call last) to stderr
# and exits with status 1; output printed before it is kept.
# expect-exit: 1
# expect-stderr: Traceback (most recent call last):
# expect-stderr: , line 20, in <module>
# expect-stderr: , line 17, in outer
# expect-stderr: , line 13, in inner
# expect-stderr: ZeroDivisionError: division by zero
print("start")  # expect: start


def inner(x):
    return 10 / x


def outer():
    return inner(0)


outer()
print("not reached")
