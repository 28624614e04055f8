# `x = a op b` stored straight into a local (the fused BINARY_OP ...
# STORE_FAST instructions of runs that do not count instructions) must mean
# what the separate instructions mean: big ints, strings, user operators,
# in-place operators on lists, and errors that leave the target unchanged.
def counters(n):
    i = 0
    total = 0
    big = 2 ** 62
    while i < n:
        total = total + i % 7
        big = big + big
        i = i + 1
    return total, big


print(counters(10))  # expect: (24, 4722366482869645213696)


def strings(parts):
    s = ""
    for p in parts:
        s += p
        t = s + "!"
    return s, t


print(strings(["a", "b", "c"]))  # expect: ('abc', 'abc!')


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))

    def __iadd__(self, other):
        self.cents += 1000
        return self

    def __repr__(self):
        return f"Money({self.cents})"


def money():
    a = Money(5)
    b = Money(7)
    c = a + b
    d = a + 3
    a += b
    return a, c, d


print(money())  # expect: (Money(1005), Money(12), Money(8))


def lists():
    xs = [1]
    alias = xs
    ys = [2]
    xs += ys
    zs = xs + ys
    return xs, alias is xs, zs


print(lists())  # expect: ([1, 2], True, [1, 2, 2])


def error_keeps_target(x):
    y = 10
    try:
        y = x + 1
    except TypeError as e:
        print(e)
    try:
        y += x
    except TypeError as e:
        print(e)
    try:
        y = y // 0
    except ZeroDivisionError as e:
        print(e)
    return y


print(error_keeps_target("s"))
# expect: can only concatenate str (not "int") to str
# expect: unsupported operand type(s) for +=: 'int' and 'str'
# expect: integer division or modulo by zero
# expect: 10


def unbound():
    try:
        k = k + 1
    except UnboundLocalError as e:
        print(type(e).__name__)
    return "done"


print(unbound())
# expect: UnboundLocalError
# expect: done


def traceback_line(a, b):
    c = 1
    c = a * b
    return c


traceback_line([1], 1.5)
# expect-exit: 1
# expect-stderr: line 108, in traceback_line
# expect-stderr: TypeError: can't multiply sequence by non-int of type 'float'
