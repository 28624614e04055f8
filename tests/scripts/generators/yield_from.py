# yield from delegates: values, send(), throw() and close() go through to
# the inner generator; its return value is the value of the expression.
def tree(n):
    if n == 0:
        yield "leaf"
        return
    yield from tree(n - 1)
    yield n
print(list(tree(3)))
# expect: ['leaf', 1, 2, 3]

def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "ret"

def outer():
    r = yield from inner()
    print("outer got", r)
    return r

o = outer()
print(next(o))
# expect: 1
print(o.send("a"))
# expect: inner got a
# expect: 2
try:
    o.send("b")
except StopIteration as e:
    print("stop value", e.value)
# expect: inner got b
# expect: outer got ret
# expect: stop value ret

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], (3,), "ab", range(2), {"k": 1})))
# expect: [1, 2, 3, 'a', 'b', 0, 1, 'k']

def resilient():
    while True:
        try:
            yield "ok"
        except KeyError:
            print("inner caught KeyError")
            return "stopped"

def delegator():
    result = yield from resilient()
    print("delegator got", result)
    yield "last"

d = delegator()
print(next(d))
# expect: ok
print(d.throw(KeyError("x")))
# expect: inner caught KeyError
# expect: delegator got stopped
# expect: last

def closing():
    try:
        yield 1
    finally:
        print("inner finally")

def wrapper():
    try:
        yield from closing()
    finally:
        print("outer finally")

w = wrapper()
print(next(w))
# expect: 1
w.close()
# expect: inner finally
# expect: outer finally
print("closed")
# expect: closed

def depth(n):
    if n:
        yield from depth(n - 1)
    else:
        yield "bottom"
print(list(depth(200)))
# expect: ['bottom']
