# finally blocks run before an uncaught exception ends the program.
# expect-exit: 1
# expect-stderr: TypeError: unsupported operand type(s) for +: 'int' and 'str'


def f():
    try:
        return 1 + "a"
    finally:
        print("cleanup in f")


try:
    f()
finally:
    print("cleanup at top")
# expect: cleanup in f
# expect: cleanup at top
