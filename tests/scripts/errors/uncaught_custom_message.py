# raise X(msg) uncaught: the last stderr line is "X: msg".
# expect-exit: 1
# expect-stderr: , line 9, in check
# expect-stderr: ValueError: negative amount: -5


def check(amount):
    if amount < 0:
        raise ValueError(f"negative amount: {amount}")
    return amount


print(check(5))  # expect: 5
print(check(-5))
print("not reached")
