# `return x` and `return a op b` end the frame in one instruction when the
# run does not count instructions; every kind of frame must still hand its
# value on as RETURN_VALUE does.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(15))  # expect: 610


def nothing():
    pass


def constant(flag):
    if flag:
        return "yes"
    return (1, 2)


print(nothing(), constant(True), constant(False))  # expect: None yes (1, 2)


def gen(a, b):
    yield a
    return a + b


g = gen(2, 3)
print(next(g))  # expect: 2
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)  # expect: stop 5


def delegate():
    r = yield from gen(10, 5)
    return r


print(list(delegate()))  # expect: [10]
d = delegate()
next(d)
try:
    d.send(None)
except StopIteration as e:
    print(e.value)  # expect: 15


class Bad:
    def __init__(self, x):
        return x


try:
    Bad(1)
except TypeError as e:
    print(e)  # expect: __init__() should return None, not 'int'


class Vec:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        total = self.x + other.x
        return Vec(total)

    def plus(self, other):
        return self + other


print(Vec(1).plus(Vec(2)).x)  # expect: 3


def unbound(flag):
    if flag:
        value = 1
    return value


try:
    unbound(False)
except UnboundLocalError as e:
    print(type(e).__name__)  # expect: UnboundLocalError


import asyncio


async def add(a, b):
    return a + b


print(asyncio.run(add(20, 22)))  # expect: 42


def broken(a, b):
    return a - b


broken("x", 1)
# expect-exit: 1
# expect-stderr: line 102, in broken
# expect-stderr: TypeError: unsupported operand type(s) for -: 'str' and 'int'
