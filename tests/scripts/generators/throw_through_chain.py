# throw() reaches the innermost generator of a yield-from chain, and what
# that generator does next climbs back up: caught there, returned, raised.
def inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught", e)
        yield 2
    return "inner done"


def middle():
    r = yield from inner()
    print("middle got", r)
    yield 3


def outer():
    yield from middle()
    yield 4


g = outer()
print(next(g))
print(g.throw(ValueError("x")))
print(next(g))
print(next(g))


def deep(n):
    if n == 0:
        try:
            yield "bottom"
        except KeyError:
            return "caught at the bottom"
    else:
        r = yield from deep(n - 1)
        return r


d = deep(500)
print(next(d))
try:
    d.throw(KeyError("k"))
except StopIteration as e:
    print("returned", e.value)

d = deep(3)
next(d)
try:
    d.throw(TypeError("t"))
except TypeError as e:
    print("TypeError came up:", e)
# expect: 1
# expect: inner caught x
# expect: 2
# expect: middle got inner done
# expect: 3
# expect: 4
# expect: bottom
# expect: returned caught at the bottom
# expect: TypeError came up: t
