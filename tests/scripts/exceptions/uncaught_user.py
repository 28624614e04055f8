# An uncaught user exception prints a traceback ending in "MyError: boom" and exits with 1.
# expect-exit: 1
# expect-stderr: Traceback (most recent call last):
# expect-stderr: , in do_work
# expect-stderr: MyError: boom


class MyError(Exception):
    pass


def do_work(n):
    if n > 1:
        raise MyError("boom")
    return n


print(do_work(1))  # expect: 1
print("before")  # expect: before
do_work(2)
print("not reached")
