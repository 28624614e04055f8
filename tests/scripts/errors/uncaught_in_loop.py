# Everything printed before the error is flushed; the exit status is 1.
# expect-exit: 1
# expect-stderr: IndexError: list index out of range
items = [1, 2, 3]
for i in range(5):
    print(items[i])
# expect: 1
# expect: 2
# expect: 3
