# Calls and returns between frames running the same function skip the
# frame reload; every other mix of callers must still resume correctly.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def even(n):
    if n == 0:
        return True
    return odd(n - 1)

def odd(n):
    if n == 0:
        return False
    return even(n - 1)

def depth(n, acc):
    # Recursion whose frames call another function between recursive calls.
    if n == 0:
        return acc
    return depth(n - 1, acc + [len(str(n)), fib(n % 5)])

print(fib(15), even(11), odd(11))  # expect: 610 False True
print(depth(6, []))  # expect: [1, 1, 1, 0, 1, 3, 1, 2, 1, 1, 1, 1]

def countdown(n):
    if n == 0:
        raise ValueError("bottom")
    try:
        return countdown(n - 1)
    finally:
        if n == 3:
            print("unwinding through", n)

try:
    countdown(5)
except ValueError as e:
    print("caught", e)
# expect: unwinding through 3
# expect: caught bottom

def key(x):
    # A builtin calling back into a recursive function.
    return fib(x)

print(sorted([7, 3, 5, 1], key=key))  # expect: [1, 3, 5, 7]

def recurse_then_local(n):
    if n == 0:
        return 0
    total = recurse_then_local(n - 1)
    local = n * 10
    return total + local

print(recurse_then_local(4))  # expect: 100
