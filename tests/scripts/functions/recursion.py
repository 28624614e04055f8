# Recursive functions.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return moves
    moves = hanoi(n - 1, src, via, dst, moves)
    moves = moves + 1
    return hanoi(n - 1, via, dst, src, moves)


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print(fact(10), fact(20))  # expect: 3628800 2432902008176640000
print(fib(20))  # expect: 6765
print(gcd(1071, 462))  # expect: 21
print(hanoi(10, "a", "c", "b", 0))  # expect: 1023
print(is_even(10), is_odd(7), is_even(3))  # expect: True True False


def flatten(items, out):
    for x in items:
        if isinstance(x, list):
            flatten(x, out)
        else:
            out.append(x)
    return out


print(flatten([1, [2, [3, [4]], 5]], []))  # expect: [1, 2, 3, 4, 5]
